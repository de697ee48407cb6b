import { toMessageRow } from '../../../src/adapters/sql/message-row';
import { WIDTH } from '../../../src/adapters/sql/store-schema';
import { DIGEST_LINES } from '../../../src/domain/desk/advocate-digest';
import type { OutgoingNotification } from '../../../src/ports/notifier.port';
import { DIGEST_OUTBOX_ID, recordAdvocateDigests } from '../../../src/usecases/sweep/record-advocate-digests';
import { runSweep } from '../../../src/usecases/sweep/run-sweep';
import { at } from '../../domain/calendar/calendars';
import { makeComplaint, makeConfig } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

// London, 09:00–18:00 (GMT = UTC in March). Wednesday 03-04 is a holiday.
const config = makeConfig({ calendar: { holidays: ['2026-03-04'] } });
const MONDAY = at('2026-03-02T10:00:00Z');
const DAY = 24 * 3_600_000;
const FRIDAY_BEFORE = at('2026-02-27T10:00:00Z');
const GROUP = { accountIds: [], groups: ['complaint-advocates'] };
const BILLING_ADVOCATE = { accountIds: ['advocate-billing'], groups: [] };

quietDeliveryLogs();

const isDigest = (n: OutgoingNotification): boolean => n.subject.startsWith('Your complaint queue');

/**
 * Three complaints awaiting advocates, none of them due for a reminder: Billing's call (its own
 * advocate), Delivery's overdue step and one in triage (the advocate group).
 */
const awaiting = async () => {
  const env = await runtimeOverSqlite(config);
  const seed = (issueId: string, overrides: Parameters<typeof makeComplaint>[0], dueAt: number | null = null) =>
    env.seedRouted({ ...makeComplaint({ issueId, issueKey: `CMP-${issueId}`, createdAt: FRIDAY_BEFORE, statusChangedAt: FRIDAY_BEFORE, ...overrides }), dueAt });
  await seed('1', { status: 'measures_done' });
  await seed('2', { departmentId: 'delivery', responsibleAccountId: 'lead-delivery', status: 'in_progress' }, FRIDAY_BEFORE);
  await seed('3', { departmentId: null, responsibleAccountId: null });
  return env;
};

/** Runs a sweep at `now` and the queue jobs it leaves; the digests Jira was asked to send meanwhile. */
const sweepAt = async (env: Awaited<ReturnType<typeof awaiting>>, now: number) => {
  const before = env.notifier.sent.length;
  env.setNow(now);
  await runSweep(env.invocation());
  await env.runQueue();
  return env.notifier.sent.slice(before).filter(isDigest);
};

describe('the advocates’ daily digest', () => {
  it('is one message per advocate target at the day’s first sweep, riding on its most urgent complaint', async () => {
    const env = await awaiting();
    const digests = await sweepAt(env, MONDAY);
    // In the order the pacer sent them, which is not the point: sorted by complaint.
    expect(digests.map((d) => [d.issueKey, d.to, d.subject]).sort()).toEqual([
      ['CMP-1', BILLING_ADVOCATE, 'Your complaint queue: 1 awaiting you today'],
      ['CMP-2', GROUP, 'Your complaint queue: 2 awaiting you today'],
    ]);
    expect(digests.find((d) => d.issueKey === 'CMP-2')?.textBody).toContain('CMP-2: overdue, since 2026-02-27\nCMP-3: waiting in triage for a department, since 2026-02-27');
    expect(digests.find((d) => d.issueKey === 'CMP-1')?.textBody).toContain('/jira/servicedesk/projects/CMP/queues/apps/app-1/env-1');
    expect(env.messages().filter((m) => m.issue_id === DIGEST_OUTBOX_ID)).toHaveLength(2);
  });

  it('is sent once a business day however many sweeps run, two of them at once', async () => {
    const env = await awaiting();
    env.setNow(MONDAY);
    await Promise.all([runSweep(env.invocation()), runSweep(env.invocation()), runSweep(env.invocation())]);
    await env.runQueue({ twice: true });
    expect(env.notifier.sent.filter(isDigest)).toHaveLength(2);
    for (const later of [MONDAY + 5 * 60_000, MONDAY + 4 * 3_600_000, MONDAY + 7.9 * 3_600_000]) expect(await sweepAt(env, later)).toEqual([]);
  });

  it('is sent again the next business day, and not on a weekend or a holiday', async () => {
    const env = await awaiting();
    expect(await sweepAt(env, MONDAY)).toHaveLength(2);
    // Before Tuesday's opening, then at it.
    expect(await sweepAt(env, MONDAY + 22.9 * 3_600_000)).toEqual([]);
    expect(await sweepAt(env, MONDAY + DAY - 3_600_000)).toHaveLength(2);
    // Wednesday is a holiday: Thursday's first sweep sends the next.
    expect(await sweepAt(env, MONDAY + 2 * DAY)).toEqual([]);
    expect(await sweepAt(env, MONDAY + 3 * DAY)).toHaveLength(2);
    // Saturday and Sunday, none.
    expect(await sweepAt(env, MONDAY + 5 * DAY)).toEqual([]);
    expect(await sweepAt(env, MONDAY + 6 * DAY)).toEqual([]);
  });

  it('stays one a day when the most urgent complaint changes between two passes', async () => {
    const env = await awaiting();
    env.setNow(MONDAY);
    // A ledger that never remembers: only the outbox's keys stand between the passes.
    const forgetful = { ...env.invocation(), digests: { digestedDay: () => Promise.resolve(null), markDigested: () => Promise.resolve() } };
    expect(await recordAdvocateDigests(forgetful)).toHaveLength(2);
    await env.seedRouted({ ...makeComplaint({ issueId: '4', issueKey: 'CMP-4', departmentId: 'delivery', createdAt: FRIDAY_BEFORE, statusChangedAt: FRIDAY_BEFORE }), escalationLevel: 1 });
    expect(await recordAdvocateDigests(forgetful)).toEqual([]);
  });

  it('is not sent when nothing awaits the advocates, and such a sweep calls Jira not at all', async () => {
    const env = await runtimeOverSqlite(config);
    expect(await sweepAt(env, MONDAY)).toEqual([]);
    expect(env.notifier.sent).toEqual([]);
    expect(env.messages()).toEqual([]);
  });

  it('fits the outbox’s payload column with DIGEST_LINES lines of the longest keys, to the longest group name', async () => {
    const env = await runtimeOverSqlite(makeConfig({ groups: { advocate: 'g'.repeat(255), manager: 'board' } }));
    for (let n = 0; n < DIGEST_LINES + 5; n += 1) {
      const issueKey = `${'P'.repeat(10)}-${String(10 ** 20 + n)}`;
      await env.seedRouted({ ...makeComplaint({ issueId: String(100 + n), issueKey, departmentId: null, responsibleAccountId: null, createdAt: FRIDAY_BEFORE }) });
    }
    const recorded: Parameters<typeof toMessageRow>[0][] = [];
    env.setNow(MONDAY);
    await recordAdvocateDigests({ ...env.invocation(), outbox: { record: (messages) => Promise.resolve(void recorded.push(...messages)).then(() => []) } });
    const width = toMessageRow(recorded[0] as Parameters<typeof toMessageRow>[0], MONDAY).payload.length;
    // Measured: 2,313 of the 4,000 characters, with room to spare for a longer reason code.
    expect(width).toBeLessThan(WIDTH.payload * 0.6);
  });
});

describe('the reminders beside the digest', () => {
  const dueOn = async (overrides: Parameters<typeof makeComplaint>[0], now: number) => {
    const env = await runtimeOverSqlite(config);
    await env.withoutDigests();
    await env.seedRouted({ ...makeComplaint({ createdAt: MONDAY, statusChangedAt: MONDAY, ...overrides }), nextDueAt: now });
    env.setNow(now);
    const result = await runSweep(env.invocation());
    await env.runQueue();
    return { env, result };
  };

  it('still reach the lead, no longer the advocate', async () => {
    const { env, result } = await dueOn({}, MONDAY + DAY);
    expect(result.reminders).toBe(1);
    expect(env.notifier.sent.map((n) => n.to)).toEqual([{ accountIds: ['lead-billing'], groups: [] }]);
    // The trail still names both roles: the once-a-day rule reads them, and the panel says the advocate's copy is the digest.
    expect((await env.store.trailOf('10001')).find((e) => e.kind === 'reminded')?.recipients).toEqual(['assignee', 'advocate']);
  });

  it('of the advocate alone record the trail entry but no message', async () => {
    // Measures done on Monday: the call is due two business days on, past Wednesday's holiday, on Thursday.
    const { env, result } = await dueOn({ status: 'measures_done' }, MONDAY + 3 * DAY + 3_600_000);
    expect(result.reminders).toBe(1);
    expect(env.notifier.sent).toEqual([]);
    expect(env.messages()).toEqual([]);
    expect((await env.store.trailOf('10001')).filter((e) => e.kind === 'reminded')).toHaveLength(1);
  });

  it('leave escalations as they were: they reach the managers per issue', async () => {
    // Measures done on Monday; the fifth business day on, past Wednesday's holiday, is the next Tuesday.
    const { env, result } = await dueOn({ status: 'measures_done' }, MONDAY + 8 * DAY);
    expect(result.escalations).toBe(1);
    expect(env.notifier.sent.map((n) => n.to)).toEqual([{ accountIds: [], groups: ['complaint-managers'] }]);
  });
});
