import type { Person } from '../../../src/domain/workflow/roles-of';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { nudgeComplaint } from '../../../src/usecases/panel/nudge-complaint';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const ava: Person = { accountId: 'ava', groups: ['complaint-advocates'], isJiraAdmin: false };
const DAY = 24 * 60 * 60_000;

/** The runtime over SQLite with one complaint in the index, at T0 (a Monday morning). */
const setUp = async (row: Partial<ComplaintRecord> = {}) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0);
  await env.store.saveComplaint(makeRecord({ status: 'in_progress', ...row }), 0);
  return env;
};

quietDeliveryLogs();

describe('nudgeComplaint', () => {
  it('tells the responsible person once and writes the trail entry keyed by the business day', async () => {
    const env = await setUp();
    expect(await nudgeComplaint(env.invocation(), ava, '10001')).toEqual({ kind: 'nudged', nudgedAt: T0 });
    expect(env.notifier.sent).toEqual([expect.objectContaining({ issueKey: 'CMP-1', to: { accountIds: ['lead-billing'], groups: [] } })]);
    expect(await env.store.trailOf('10001')).toEqual([
      expect.objectContaining({ key: 'nudge:2026-03-02', kind: 'nudged', reason: 'nudge.by_advocate', actorAccountId: 'ava', recipients: ['user:lead-billing'], status: 'in_progress' }),
    ]);
    expect(env.messages()).toEqual([expect.objectContaining({ message_key: 'nudge:2026-03-02' })]);
  });

  it('refuses a second nudge on the same business day and tells nobody again; the next day it nudges again', async () => {
    const env = await setUp();
    await nudgeComplaint(env.invocation(), ava, '10001');
    env.setNow(T0 + 8 * 60 * 60_000);
    expect(await nudgeComplaint(env.invocation(), ava, '10001')).toEqual({ kind: 'refused', refusal: { code: 'already_nudged' } });
    expect(env.notifier.sent).toHaveLength(1);
    env.setNow(T0 + DAY);
    expect(await nudgeComplaint(env.invocation(), ava, '10001')).toEqual({ kind: 'nudged', nudgedAt: T0 + DAY });
    expect(env.notifier.sent).toHaveLength(2);
    expect((await env.store.trailOf('10001')).map((e) => e.key)).toEqual(['nudge:2026-03-02', 'nudge:2026-03-03']);
  });

  it('lets only one of two nudges at once through', async () => {
    const env = await setUp();
    const outcomes = await Promise.all([nudgeComplaint(env.invocation(), ava, '10001'), nudgeComplaint(env.invocation(), ava, '10001')]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['nudged', 'refused']);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('nudges the advocate once the measures are done', async () => {
    const env = await setUp({ status: 'measures_done' });
    await nudgeComplaint(env.invocation(), ava, '10001');
    expect(env.notifier.sent).toEqual([expect.objectContaining({ to: { accountIds: ['advocate-billing'], groups: [] } })]);
  });

  it.each([
    ['a lead', { accountId: 'lead-billing', groups: [], isJiraAdmin: false }, {}, 'role_not_allowed'],
    ['the advocate, on a closed complaint', ava, { status: 'closed' }, 'wrong_status'],
    ['the advocate, on a complaint about themselves', ava, { subject: { kind: 'employee', accountId: 'ava' } }, 'role_not_allowed'],
  ] as const)('refuses %s and changes nothing', async (_who, person: Person, row: Partial<ComplaintRecord>, code) => {
    const env = await setUp(row);
    expect(await nudgeComplaint(env.invocation(), person, '10001')).toMatchObject({ kind: 'refused', refusal: { code } });
    expect(await env.store.trailOf('10001')).toEqual([]);
    expect(env.messages()).toEqual([]);
  });

  it('refuses a complaint the index does not know', async () => {
    const env = await setUp();
    expect(await nudgeComplaint(env.invocation(), ava, '99999')).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
  });
});
