import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { forgeSqlDialect } from '../../../src/adapters/forge/sql/forge-sql-dialect';
import { createForgeSqlStore } from '../../../src/adapters/forge/sql/forge-sql-store.adapter';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { createSqlDashboardFigures } from '../../../src/adapters/sql/dashboard/sql-dashboard-figures';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { defaultConfig } from '../../../src/domain/config/parse-config';
import { evidenceMeasures, type TimingSettings } from '../../../src/domain/metrics/complaint-timings';
import { computeDashboard, type DashboardQuery } from '../../../src/domain/metrics/compute-dashboard';
import { lastMonths } from '../../../src/domain/metrics/dashboard-period';
import { TRIAGE, type MetricsFilter, type MetricsRecord } from '../../../src/domain/metrics/metrics-query';
import type { DashboardFiguresSource } from '../../../src/ports/dashboard-figures.port';
import type { ComplaintRecord, Store } from '../../../src/ports/store.port';
import { CA_ONLY, DATASET, MARCH_SETTINGS, NOW } from '../../domain/metrics/metrics-dataset';
import { generatedComplaints } from './generated-complaints';
import { installForgeSqlHost } from './forge-sql-host';

/*
 * The domain functions are the definition of every figure; the SQL path must give exactly the
 * same numbers over the same rows: the records as the store hands them back, measured with the
 * calendar and preset the store wrote their timings with.
 */

const SETTINGS: TimingSettings = { calendar: defaultConfig().calendar, overall: { preset: 'cfpb', escalateAtShare: 0.8 } };

const asRecord = (r: MetricsRecord): ComplaintRecord => ({ ...r, nextDueAt: null, routedAt: null, routeAttempts: 0, jiraUpdatedAt: r.createdAt, version: 1 });

interface Engine {
  readonly store: Store;
  readonly figures: DashboardFiguresSource;
}

const forgeHost = installForgeSqlHost();

const engines: readonly [string, () => Engine][] = [
  [
    'SQLite',
    () => {
      const database = new Database(':memory:');
      return { store: createSqliteStore(database, SETTINGS), figures: createSqlDashboardFigures(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) })) };
    },
  ],
  [
    'Forge SQL (MySQL statements on the sandbox host)',
    () => {
      forgeHost.reset();
      return { store: createForgeSqlStore(SETTINGS), figures: createSqlDashboardFigures(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect })) };
    },
  ],
];

const load = async (store: Store, records: readonly MetricsRecord[]): Promise<ComplaintRecord[]> => {
  await store.migrate();
  for (const r of records) expect(await store.saveComplaint(asRecord(r), 0)).toBe(true);
  const stored: ComplaintRecord[] = [];
  for (const r of records) {
    const back = await store.getComplaint(r.issueId);
    if (back !== null) stored.push(back);
  }
  return stored;
};

const fixedQueries: readonly [string, MetricsFilter][] = [
  ['project CA', CA_ONLY],
  ['billing in every project', { projectKeys: [], departmentIds: ['billing'] }],
  ['triage and support of CA', { projectKeys: ['CA'], departmentIds: [TRIAGE, 'support'] }],
  ['a project with no complaints', { projectKeys: ['NONE'], departmentIds: [] }],
];

describe.each(engines)('the dashboard in SQL on %s', (_name, open) => {
  let engine: Engine;
  beforeEach(() => {
    engine = open();
  });

  it.each(fixedQueries)('equals the domain definition on the fixed data set (a tie at the cut of the top 2): %s', async (_label, filter) => {
    const stored = await load(engine.store, DATASET);
    const query: DashboardQuery = { ...filter, ...MARCH_SETTINGS, top: 2 };
    const sqlFigures = await engine.figures.dashboardFigures(query, NOW);
    expect(sqlFigures).toEqual(computeDashboard(stored, query, evidenceMeasures(SETTINGS), NOW));
  });

  it('equals the domain definition on 600 generated complaints over six months', async () => {
    const { records, now } = generatedComplaints(600);
    const stored = await load(engine.store, records);
    const query: DashboardQuery = { projectKeys: ['GEN'], departmentIds: [], ...MARCH_SETTINGS, period: lastMonths(now, 6, MARCH_SETTINGS.timeZone), top: 4 };
    const sqlFigures = await engine.figures.dashboardFigures(query, now);
    const domain = computeDashboard(stored, query, evidenceMeasures(SETTINGS), now);
    expect(sqlFigures).toEqual(domain);
    // The data set must exercise every figure, or the comparison proves little.
    expect(domain.repeats.sameCustomer).toBeGreaterThan(0);
    expect(domain.repeats.sameSubject).toBeGreaterThan(0);
    expect(domain.iso.respondedWithinTarget.count).toBeGreaterThan(0);
    expect(domain.open.overdue).toBeGreaterThan(0);
    expect(domain.rates.followUpRate).toBeGreaterThan(0);
    expect(domain.trend).toHaveLength(6);
  });
});
