import { runQueuedJob } from '../../../src/usecases/queue/run-queued-job';
import { DUE_PER_INVOCATION, runSweep } from '../../../src/usecases/sweep/run-sweep';
import { at } from '../../domain/calendar/calendars';
import { makeComplaint } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

// Registered and routed on Monday 2026-03-02 at 10:00 (London): a reminder is due on Tuesday at 10:00.
const MONDAY = at('2026-03-02T10:00:00Z');
const TUESDAY = at('2026-03-03T10:00:00Z');
const COMPLAINTS = 30;

/** Thirty complaints due for their first reminder, in one SQLite index. */
const dueComplaints = async () => {
  const env = await runtimeOverSqlite();
  // Their digest is another test's (`advocate-digest.test.ts`): these count the reminders.
  await env.withoutDigests();
  const ids = Array.from({ length: COMPLAINTS }, (_, n) => String(10_000 + n));
  for (const issueId of ids) {
    await env.seedRouted({ ...makeComplaint({ issueId, issueKey: `CMP-${issueId}`, createdAt: MONDAY, statusChangedAt: MONDAY }), nextDueAt: TUESDAY, routedAt: MONDAY });
  }
  env.setNow(TUESDAY);
  return { env, ids };
};

/** The notifications Jira accepted, per complaint. */
const sentPerIssue = (sent: readonly { issueKey: string }[]): number[] => {
  const counts = new Map<string, number>();
  for (const n of sent) counts.set(n.issueKey, (counts.get(n.issueKey) ?? 0) + 1);
  return [...counts.values()];
};

quietDeliveryLogs();

describe('two sweeps and a queue job over the same due complaints at once', () => {
  it('send each reminder once, and write it to the trail once', async () => {
    const { env, ids } = await dueComplaints();
    const [first, second] = await Promise.all([
      runSweep(env.invocation()),
      runSweep(env.invocation()),
      runQueuedJob(env.invocation(), { kind: 'due', issueIds: ids }),
    ]);
    expect(env.queued.filter((job) => job.kind === 'due')).toEqual([
      { kind: 'due', issueIds: ids.slice(DUE_PER_INVOCATION) },
      { kind: 'due', issueIds: ids.slice(DUE_PER_INVOCATION) },
    ]);
    // The messages go out through the paced jobs, each delivered twice, as the queue may.
    await env.runQueue({ twice: true });

    expect(env.notifier.sent).toHaveLength(COMPLAINTS);
    expect(sentPerIssue(env.notifier.sent)).toEqual(Array.from({ length: COMPLAINTS }, () => 1));
    for (const id of ids) expect((await env.store.trailOf(id)).filter((e) => e.kind === 'reminded')).toHaveLength(1);
    expect(env.messages().every((m) => m.state === 2)).toBe(true);
    // Each sweep took the first share itself and queued the rest; whoever came second found the trail written.
    expect([first.due, second.due]).toEqual([COMPLAINTS, COMPLAINTS]);
  });

  it('and again when the queued shares run beside a third sweep', async () => {
    const { env } = await dueComplaints();
    await Promise.all([runSweep(env.invocation()), runSweep(env.invocation())]);
    const jobs = env.takeQueued();
    // The paced jobs among them run before their slots and send nothing: their messages wait in the outbox.
    await Promise.all([runSweep(env.invocation()), ...jobs.map((job) => runQueuedJob(env.invocation(), job))]);
    await env.runQueue({ twice: true });
    env.setNow(TUESDAY + 5 * 60_000);
    await runSweep(env.invocation());
    await env.runQueue({ twice: true });
    expect(sentPerIssue(env.notifier.sent)).toEqual(Array.from({ length: COMPLAINTS }, () => 1));
  });
});

describe('two sweeps at once retrying the messages Jira refused', () => {
  it('send each waiting message once, though both find all of them due', async () => {
    const { env } = await dueComplaints();
    // Every first attempt meets a 500.
    env.notifier.answer(...Array.from({ length: COMPLAINTS }, () => ({ kind: 'failed', maybeDone: false, reason: 'Jira answered 500' }) as const));
    await runSweep(env.invocation());
    await env.runQueue();
    expect(env.notifier.sent).toEqual([]);
    expect(env.messages().map((m) => [m.state, m.attempts])).toEqual(Array.from({ length: COMPLAINTS }, () => [1, 1]));

    // Once the backoff is over, two sweeps overlap.
    env.setNow(TUESDAY + 10 * 60_000);
    const [a, b] = await Promise.all([runSweep(env.invocation()), runSweep(env.invocation())]);
    await env.runQueue({ twice: true });
    expect(a.retried.due + b.retried.due).toBe(2 * COMPLAINTS);
    expect(sentPerIssue(env.notifier.sent)).toEqual(Array.from({ length: COMPLAINTS }, () => 1));
    expect(env.messages().every((m) => m.state === 2)).toBe(true);
    expect(await env.outbox.health(5)).toEqual({ pending: 0, gaveUp: 0, lastGiveUps: [] });
  });
});
