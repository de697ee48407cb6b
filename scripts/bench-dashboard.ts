import Resolver from '@forge/resolver';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { performance } from 'node:perf_hooks';
import { createSqliteMonthRollups, createSqliteStore } from '../src/adapters/local/sqlite-store.adapter';
import { toComplaintRow } from '../src/adapters/sql/complaint-row';
import { createSqlDashboardFigures } from '../src/adapters/sql/dashboard/sql-dashboard-figures';
import type { StoreDatabase } from '../src/adapters/sql/store-schema';
import type { AppConfig } from '../src/domain/config/app-config.schema';
import { evidenceMeasures, timingSettingsOf } from '../src/domain/metrics/complaint-timings';
import { computeDashboard } from '../src/domain/metrics/compute-dashboard';
import { lastMonths } from '../src/domain/metrics/dashboard-period';
import { nearestRank } from '../src/domain/metrics/statistics';
import { defineDashboardResolvers } from '../src/handlers/resolvers/dashboard.resolvers';
import type { ComplaintRecord } from '../src/ports/store.port';
import { DASHBOARD_TOP } from '../src/usecases/dashboard/get-dashboard-figures';
import { rollUpMonths } from '../src/usecases/retention/roll-up-months';

const RUNS = 20;
const PERIOD_MONTHS = 6;

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * The gadget's `gadget/figures` call, as the resolver answers it, over `records` in a SQLite
 * index: p50 and p95 of RUNS calls after a warm-up, with Jira's Browse Projects answer counted
 * (the only Jira call of the path, one per project). Beside it, the domain definition over the
 * same rows as the store hands them back, which is what loading the rows would cost.
 */
export const measureDashboard = async (
  records: readonly ComplaintRecord[],
  config: AppConfig,
  now: number,
  fill: (database: Database.Database, rows: readonly object[]) => void,
) => {
  const database = new Database(':memory:');
  const timings = timingSettingsOf(config);
  const store = createSqliteStore(database, timings);
  await store.migrate();
  fill(database, records.map((r) => toComplaintRow(r, timings)));
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
        figures: createSqlDashboardFigures(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) })),
        config,
        clock: { now: () => now },
        bindings: { load: () => Promise.resolve(null) },
      }),
    config: () => Promise.resolve(config),
  }).getDefinitions();
  const view = async (): Promise<void> => {
    const answer = (await handler({ call: { functionKey: 'gadget/figures', payload: { projectKeys: ['CMP'], periodMonths: PERIOD_MONTHS, departmentIds: [] } }, context: {} }, { principal: { accountId: 'manager' } })) as { ok: boolean };
    if (!answer.ok) throw new Error(`gadget/figures failed: ${JSON.stringify(answer)}`);
  };
  await view(); // warm-up: statements prepared, pages cached
  jiraCalls = 0;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await view();
    times.push(performance.now() - start);
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
    runs: RUNS,
    jiraCallsPerView: jiraCalls / RUNS,
    jiraCallsForFigures: 0,
    domainOverStoreRecordsMs: round(performance.now() - domainStart),
    storeRecordsInPeriod: stored.length,
    rolledUpMonths,
    dailyRollUpMs: round(rollUpMs),
  };
};
