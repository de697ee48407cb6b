import Resolver from '@forge/resolver';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { performance } from 'node:perf_hooks';
import { createSqliteMonthRollups, createSqliteStore } from '../src/adapters/local/sqlite-store.adapter';
import { backfillRepeatLinks } from '../src/adapters/sql/backfill-repeat-links';
import { toComplaintRow } from '../src/adapters/sql/complaint-row';
import { createSqlDashboardFigures } from '../src/adapters/sql/dashboard/sql-dashboard-figures';
import type { StoreDatabase } from '../src/adapters/sql/store-schema';
import type { GadgetFigures } from '../src/contracts/resolver-contracts';
import type { AppConfig } from '../src/domain/config/app-config.schema';
import { evidenceMeasures, timingSettingsOf } from '../src/domain/metrics/complaint-timings';
import { computeDashboard } from '../src/domain/metrics/compute-dashboard';
import { lastMonths } from '../src/domain/metrics/dashboard-period';
import { nearestRank } from '../src/domain/metrics/statistics';
import { defineDashboardResolvers } from '../src/handlers/resolvers/dashboard.resolvers';
import type { ComplaintRecord } from '../src/ports/store.port';
import { DASHBOARD_TOP } from '../src/usecases/dashboard/get-dashboard-figures';
import { rollUpMonths } from '../src/usecases/retention/roll-up-months';

const PERIOD_MONTHS = 6;

export type BenchScale = 'full' | 'smoke';

/** The calls timed, and the records of a smoke run (the first of those given), which `npm test` makes to keep this path working. */
const RUNS: Record<BenchScale, number> = { full: 20, smoke: 3 };
const SMOKE_RECORDS = 2_000;

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * The gadget's `gadget/figures` call, as the resolver answers it, over the records in a SQLite
 * index (all of them, or the first SMOKE_RECORDS for `smoke`): p50 and p95 of the runs after a warm-up, with Jira's Browse Projects answer counted
 * (the only Jira call of the path, one per project). Beside it, the domain definition over the
 * same rows as the store hands them back, which is what loading the rows would cost.
 */
export const measureDashboard = async (
  all: readonly ComplaintRecord[],
  config: AppConfig,
  now: number,
  fill: (database: Database.Database, rows: readonly object[]) => void,
  scale: BenchScale = 'full',
) => {
  const records = scale === 'smoke' ? all.slice(0, SMOKE_RECORDS) : all;
  const runs = RUNS[scale];
  const database = new Database(':memory:');
  const timings = timingSettingsOf(config);
  const store = createSqliteStore(database, timings);
  await store.migrate();
  fill(database, records.map((r) => toComplaintRow(r, timings)));
  const kysely = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
  // Rows written directly skip the store's upkeep of the repeat links: the migration's backfill works them out.
  const linkStart = performance.now();
  await backfillRepeatLinks(kysely);
  const linkMs = performance.now() - linkStart;
  // SQLite plans without statistics until ANALYZE, and then reads every row through the project's
  // index, which one project makes useless; TiDB gathers its own statistics as tables grow.
  database.exec('analyze');
  // The daily job has rolled up the ended months: the view reads those from the rollups.
  const rollUpStart = performance.now();
  const rolledUpMonths = await rollUpMonths({ rollups: createSqliteMonthRollups(database), clock: { now: () => now }, config });
  const rollUpMs = performance.now() - rollUpStart;
  let jiraCalls = 0;
  const handler = defineDashboardResolvers(new Resolver(), {
    dashboard: () =>
      Promise.resolve({
        access: {
          mayBrowseProject: () => {
            jiraCalls += 1;
            return Promise.resolve(true);
          },
        },
        figures: createSqlDashboardFigures(kysely),
        config,
        clock: { now: () => now },
        bindings: { load: () => Promise.resolve(null) },
      }),
    config: () => Promise.resolve(config),
  }).getDefinitions();
  let repeats = 0;
  const view = async (): Promise<void> => {
    const answer = (await handler({ call: { functionKey: 'gadget/figures', payload: { projectKeys: ['CMP'], periodMonths: PERIOD_MONTHS, departmentIds: [] } }, context: {} }, { principal: { accountId: 'manager' } })) as
      | { ok: true; data: GadgetFigures }
      | { ok: false };
    if (!answer.ok) throw new Error(`gadget/figures failed: ${JSON.stringify(answer)}`);
    repeats = answer.data.figures.repeats.repeats;
  };
  await view(); // warm-up: statements prepared, pages cached
  jiraCalls = 0;
  const times: number[] = [];
  // The process's CPU time beside the wall time: SQLite runs in this thread, so on a busy machine it
  // shows the resolver's own work where the wall time also holds the waits for a core.
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await view();
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const period = lastMonths(now, PERIOD_MONTHS, config.calendar.timeZone);
  const stored = await store.listRecords({ projectKeys: ['CMP'], createdBefore: period.to, activeSince: period.from });
  const query = {
    projectKeys: ['CMP'],
    departmentIds: [],
    period,
    timeZone: config.calendar.timeZone,
    top: DASHBOARD_TOP,
    currency: config.currency,
    repeatWindowDays: config.repeatWindowDays,
    acknowledgeBusinessDays: config.policy.registered.dueBusinessDays,
  };
  computeDashboard(stored, query, evidenceMeasures(timings), now); // warm-up, as for the resolver
  const domainStart = performance.now();
  computeDashboard(stored, query, evidenceMeasures(timings), now);
  return {
    complaints: records.length,
    resolverP50Ms: round(nearestRank(times, 50) ?? 0),
    resolverP95Ms: round(nearestRank(times, 95) ?? 0),
    resolverCpuP50Ms: round(nearestRank(cpuTimes, 50) ?? 0),
    resolverCpuP95Ms: round(nearestRank(cpuTimes, 95) ?? 0),
    runs,
    jiraCallsPerView: jiraCalls / runs,
    jiraCallsForFigures: 0,
    domainOverStoreRecordsMs: round(performance.now() - domainStart),
    storeRecordsInPeriod: stored.length,
    rolledUpMonths,
    dailyRollUpMs: round(rollUpMs),
    repeatLinksBackfillMs: round(linkMs),
    /** The view's repeat complaints: none would mean the rows' links were never worked out. */
    repeats,
  };
};
