import { makeConfig } from '../../domain/factories';
import { runQueuedJob } from '../../../src/usecases/queue/run-queued-job';
import { forgetClosedComplaints } from '../../../src/usecases/retention/forget-closed-complaints';
import { RETENTION_PAGE } from '../../../src/usecases/retention/run-in-pages';
import { startRetention } from '../../../src/usecases/retention/start-retention';
import { trimClosedComplaints } from '../../../src/usecases/retention/trim-closed-complaints';
import { runtimeOverSqlite } from '../runtime-fakes';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 5, 10);
/** The year's review from January 2026 (London, GMT), less the default repeat window of 30 days. */
const HORIZON = Date.UTC(2026, 0, 1) - 30 * DAY;
/** 24 months before NOW: a longer retention's cutoff, earlier than the horizon. */
const LONG_CUTOFF = Date.UTC(2024, 11, 5, 10);

const setUp = async (closedAts: readonly (number | null)[], retentionMonths = 6) => {
  const runtime = await runtimeOverSqlite(makeConfig({ retentionMonths }));
  runtime.setNow(NOW);
  for (const [i, closedAt] of closedAts.entries()) {
    await runtime.seedRouted({ issueId: `c${String(i).padStart(4, '0')}`, createdAt: Date.UTC(2023, 0, 1), status: closedAt === null ? 'in_progress' : 'closed', closedAt });
  }
  return runtime;
};

describe('deleting complaints past the index horizon', () => {
  it('deletes the rows of complaints trimmed and closed before the horizon, records the horizon, and keeps the rest', async () => {
    const runtime = await setUp([HORIZON - DAY, HORIZON + DAY, null]);
    const outcome = await startRetention(runtime.invocation());
    expect(outcome).toEqual({ trim: { trimmed: 2, continued: false }, forget: { forgotten: 1, continued: false } });
    expect(await runtime.store.getComplaint('c0000')).toBeNull();
    expect((await runtime.store.getComplaint('c0001'))?.status).toBe('closed');
    expect((await runtime.store.getComplaint('c0002'))?.status).toBe('in_progress');
    expect((await runtime.store.horizons()).deleted_before).toBe(HORIZON);
  });

  it('keeps a complaint until it is trimmed, and the rows of a longer retention as long as their trails', async () => {
    const runtime = await setUp([HORIZON - DAY, LONG_CUTOFF - DAY], 24);
    const outcome = await startRetention({ ...runtime.invocation(), config: makeConfig({ retentionMonths: 24 }) });
    expect(outcome.forget).toEqual({ forgotten: 1, continued: false });
    expect(await runtime.store.getComplaint('c0000')).not.toBeNull();
    expect(await runtime.store.trailOf('c0000')).toHaveLength(1);
    expect(await runtime.store.getComplaint('c0001')).toBeNull();
    expect((await runtime.store.horizons()).deleted_before).toBe(LONG_CUTOFF);
  });

  it('hands what its budget leaves to a forget job with the same horizon, which finishes', async () => {
    const runtime = await setUp(Array.from({ length: 2 * RETENTION_PAGE + 1 }, (_, i) => HORIZON - DAY - i));
    await trimClosedComplaints(runtime.invocation(), HORIZON);
    expect(await forgetClosedComplaints({ ...runtime.invocation(), retentionBudget: { pages: 1, reserveMs: 0 } }, HORIZON)).toEqual({ forgotten: RETENTION_PAGE, continued: true });
    expect(runtime.queued).toEqual([{ kind: 'forget', horizon: HORIZON }]);

    const job = runtime.queued.splice(0)[0];
    if (job === undefined) throw new Error('no job queued');
    expect(await runQueuedJob(runtime.invocation(), job)).toEqual({ kind: 'forget', forgotten: { forgotten: RETENTION_PAGE + 1, continued: false } });
    expect(runtime.queued).toEqual([]);
    expect(await forgetClosedComplaints(runtime.invocation(), HORIZON)).toEqual({ forgotten: 0, continued: false });
  });
});
