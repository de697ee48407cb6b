import type { ComplaintRecord } from '../../../src/ports/store.port';
import { escalateComplaint, type EscalationRequest } from '../../../src/usecases/portal/escalate-complaint';
import { T0 } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const overdue: EscalationRequest = { issueId: '10001', ground: 'overdue', reason: 'Nobody has called me back.' };

/** An In progress complaint whose measures were due at the end of T0's day, a day later (a Tuesday morning). */
const setUp = async (row: Partial<ComplaintRecord> = {}) => {
  const env = await runtimeOverSqlite();
  await env.seedRouted({ status: 'in_progress', measures: 'Refund', measuresDeadline: '2026-03-02', dueAt: T0 + 8 * HOUR, ...row });
  env.setNow(T0 + DAY);
  return env;
};

quietDeliveryLogs();

describe('escalateComplaint', () => {
  it('goes one step up the ladder: the message recorded and sent to the advocate and the escalation manager, the trail with the customer’s words, the index’s level raised', async () => {
    const env = await setUp();
    expect(await escalateComplaint(env.invocation(), overdue)).toEqual({ kind: 'escalated', at: T0 + DAY });
    expect(env.messages()).toEqual([expect.objectContaining({ message_key: 'customer-escalated:1772442000000', state: 2 })]);
    expect(env.notifier.sent).toEqual([expect.objectContaining({ issueKey: 'CMP-1', to: { accountIds: ['advocate-billing', 'manager-billing'], groups: [] } })]);
    expect((await env.store.trailOf('10001')).at(-1)).toEqual(
      expect.objectContaining({
        kind: 'customer_escalated',
        reason: 'customer.escalated.overdue',
        note: 'Nobody has called me back.',
        level: 1,
        actorAccountId: null,
        recipients: ['advocate', 'escalation_manager'],
        status: 'in_progress',
      }),
    );
    expect(await env.store.getComplaint('10001')).toMatchObject({ escalationLevel: 1, version: 2 });
  });

  it('refuses a second escalation in the same stage and changes nothing, on either ground', async () => {
    const env = await setUp();
    await escalateComplaint(env.invocation(), overdue);
    const before = { trail: await env.store.trailOf('10001'), row: await env.store.getComplaint('10001') };
    env.setNow(T0 + 2 * DAY);
    for (const ground of ['overdue', 'disagree'] as const) {
      expect(await escalateComplaint(env.invocation(), { ...overdue, ground })).toEqual({ kind: 'refused', refusal: { code: 'already_escalated' } });
    }
    expect(await env.store.trailOf('10001')).toEqual(before.trail);
    expect(await env.store.getComplaint('10001')).toEqual(before.row);
    expect(env.notifier.sent).toHaveLength(1);
    expect(env.messages()).toHaveLength(1);
  });

  it('lets only one of two escalations at once through', async () => {
    const env = await setUp();
    const outcomes = await Promise.all([escalateComplaint(env.invocation(), overdue), escalateComplaint(env.invocation(), overdue)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['escalated', 'refused']);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('quotes in the message the words the trail keeps, when two escalations race and the later one stores its entry first', async () => {
    const env = await setUp();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = env.invocation();
    // The first call is held just before its trail entry, while the second one runs to its end.
    const slowed = { ...first, store: { ...first.store, appendTrail: (entries: Parameters<typeof first.store.appendTrail>[0]) => held.then(() => first.store.appendTrail(entries)) } };
    const pending = escalateComplaint(slowed, { ...overdue, reason: 'First words' });
    await escalateComplaint(env.invocation(), { ...overdue, reason: 'Second words' });
    release();
    await pending;
    const notes = (await env.store.trailOf('10001')).filter((e) => e.kind === 'customer_escalated').map((e) => e.note);
    expect(notes).toEqual(['Second words']);
    expect(env.notifier.sent.map((m) => m.textBody.includes('Second words'))).toEqual([true]);
  });

  it('refuses a ground that does not hold, and changes nothing', async () => {
    const env = await setUp({ status: 'registered', measures: null, measuresDeadline: null, dueAt: T0 + 3 * DAY });
    expect(await escalateComplaint(env.invocation(), overdue)).toEqual({ kind: 'refused', refusal: { code: 'ground_not_available' } });
    expect(await escalateComplaint(env.invocation(), { ...overdue, ground: 'disagree' })).toEqual({ kind: 'refused', refusal: { code: 'ground_not_available' } });
    expect(env.messages()).toEqual([]);
    expect(await env.store.getComplaint('10001')).toMatchObject({ escalationLevel: 0, version: 1 });
  });

  it('reaches the manager group too when the sweep had escalated the stage already', async () => {
    const env = await setUp();
    await env.store.appendTrail([
      { issueId: '10001', key: 'escalated', at: T0 + 12 * HOUR, kind: 'escalated', actorAccountId: null, reason: 'escalation.in_progress', recipients: ['escalation_manager'], level: 1, status: 'in_progress' },
    ]);
    await escalateComplaint(env.invocation(), { ...overdue, ground: 'disagree' });
    expect(env.notifier.sent).toEqual([expect.objectContaining({ to: { accountIds: ['advocate-billing', 'manager-billing'], groups: ['complaint-managers'] } })]);
    expect(await env.store.getComplaint('10001')).toMatchObject({ escalationLevel: 2 });
  });

  it('refuses a complaint the index does not know', async () => {
    const env = await setUp();
    expect(await escalateComplaint(env.invocation(), { ...overdue, issueId: '99999' })).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
  });
});
