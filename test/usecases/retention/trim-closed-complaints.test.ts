import { makeConfig, T0 } from '../../domain/factories';
import { runQueuedJob } from '../../../src/usecases/queue/run-queued-job';
import { startRetention } from '../../../src/usecases/retention/start-retention';
import { RETENTION_PAGE as TRIM_PAGE } from '../../../src/usecases/retention/run-in-pages';
import { runtimeOverSqlite } from '../runtime-fakes';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 5, 10);
/** Six months before NOW, the default retention's cutoff. */
const CUTOFF = Date.UTC(2026, 5, 5, 10);

const setUp = async (closedAts: readonly (number | null)[]) => {
  const runtime = await runtimeOverSqlite(makeConfig({ retentionMonths: 6 }));
  runtime.setNow(NOW);
  for (const [i, closedAt] of closedAts.entries()) {
    await runtime.seedRouted({ issueId: `c${String(i).padStart(4, '0')}`, createdAt: T0 - 400 * DAY, status: closedAt === null ? 'in_progress' : 'closed', closedAt });
  }
  return runtime;
};

describe('the retention', () => {
  it('deletes the trail and contact data of complaints closed before the cutoff, keeping their index rows', async () => {
    const runtime = await setUp([CUTOFF - DAY, CUTOFF + DAY, null]);
    const outcome = await startRetention(runtime.invocation());
    expect(outcome.trim).toEqual({ trimmed: 1, continued: false });
    expect(await runtime.store.trailOf('c0000')).toEqual([]);
    expect(await runtime.store.trailOf('c0001')).toHaveLength(1);
    expect(await runtime.store.trailOf('c0002')).toHaveLength(1);
    expect(runtime.erased).toEqual(['c0000']);
    expect((await runtime.store.getComplaint('c0000'))?.status).toBe('closed');
    expect(runtime.queued).toEqual([]);
  });

  it('hands what its budget leaves to a trim job with the same cutoff, which finishes, and a rerun finds nothing', async () => {
    const runtime = await setUp(Array.from({ length: 2 * TRIM_PAGE + 1 }, (_, i) => CUTOFF - DAY - i));
    const deps = { ...runtime.invocation(), retentionBudget: { pages: 1, reserveMs: 0 } };
    expect((await startRetention(deps)).trim).toEqual({ trimmed: TRIM_PAGE, continued: true });
    expect(runtime.queued[0]).toEqual({ kind: 'trim', closedBefore: CUTOFF });

    const job = runtime.queued.splice(0)[0];
    if (job === undefined) throw new Error('no job queued');
    const rest = await runQueuedJob({ ...runtime.invocation(), retentionBudget: { pages: 5, reserveMs: 0 } }, job);
    expect(rest).toEqual({ kind: 'trim', trimmed: { trimmed: TRIM_PAGE + 1, continued: false } });
    expect(runtime.queued).toEqual([]);
    expect(new Set(runtime.erased).size).toBe(2 * TRIM_PAGE + 1);

    expect((await startRetention(runtime.invocation())).trim).toEqual({ trimmed: 0, continued: false });
  });

  it('stops while the invocation has too little time left, and queues the rest', async () => {
    const runtime = await setUp([CUTOFF - DAY]);
    const outcome = await startRetention({ ...runtime.invocation(), invocation: { remainingMs: () => 1_000 } });
    expect(outcome.trim).toEqual({ trimmed: 0, continued: true });
    expect(await runtime.store.trailOf('c0000')).toHaveLength(1);
    expect(runtime.queued[0]).toEqual({ kind: 'trim', closedBefore: CUTOFF });
  });
});
