import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { forgeSqlDialect } from '../../../src/adapters/forge/sql/forge-sql-dialect';
import { createForgeSqlStore } from '../../../src/adapters/forge/sql/forge-sql-store.adapter';
import { createSqliteMonthRollups, createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { backfillRepeatLinks } from '../../../src/adapters/sql/backfill-repeat-links';
import { createSqlMonthRollups } from '../../../src/adapters/sql/dashboard/sql-month-rollups';
import { createSqlDashboardFigures } from '../../../src/adapters/sql/dashboard/sql-dashboard-figures';
import { createSqlFigureIssues } from '../../../src/adapters/sql/dashboard/sql-figure-issues';
import { inFigure, LISTED_FIGURES, type FigureCall } from '../../../src/domain/metrics/figure-function';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { defaultConfig } from '../../../src/domain/config/parse-config';
import { evidenceMeasures, type TimingSettings } from '../../../src/domain/metrics/complaint-timings';
import { computeDashboard, type DashboardQuery } from '../../../src/domain/metrics/compute-dashboard';
import { lastMonths } from '../../../src/domain/metrics/dashboard-period';
import { TRIAGE, type MetricsFilter, type MetricsRecord } from '../../../src/domain/metrics/metrics-query';
import type { DashboardFiguresSource } from '../../../src/ports/dashboard-figures.port';
import type { FigureIssuesSource } from '../../../src/ports/figure-issues.port';
import type { MonthRollups } from '../../../src/ports/month-rollups.port';
import { rollUpMonths } from '../../../src/usecases/retention/roll-up-months';
import { startRetention } from '../../../src/usecases/retention/start-retention';
import type { WorkJob } from '../../../src/ports/work-queue.port';
import type { ComplaintRecord, KeyedTrailEntry, Store } from '../../../src/ports/store.port';
import type { CustomerEscalation } from '../../../src/domain/metrics/customer-escalations';
import { at, CA_ONLY, DATASET, MARCH_SETTINGS, NOW } from '../../domain/metrics/metrics-dataset';
import { generatedComplaints } from './generated-complaints';
import { installForgeSqlHost, installMariadbForgeSqlHost, type ForgeSqlHost } from './forge-sql-host';

/*
 * The domain functions are the definition of every figure; the SQL path must give exactly the
 * same numbers over the same rows: the records as the store hands them back, measured with the
 * calendar and preset the store wrote their timings with.
 */

// A real MySQL engine answers a statement in a few milliseconds, and a test writes and reads back up to 600 complaints.
jest.setTimeout(60_000);

const SETTINGS: TimingSettings = { calendar: defaultConfig().calendar, overall: { preset: 'cfpb', escalateAtShare: 0.8 } };

const DAY = 86_400_000;

const asRecord = (r: MetricsRecord): ComplaintRecord => ({ ...r, nextDueAt: null, sharedMeasures: null, routedAt: null, routeAttempts: 0, jiraUpdatedAt: r.createdAt, version: 1 });

interface Engine {
  readonly store: Store;
  readonly figures: DashboardFiguresSource;
  readonly issues: FigureIssuesSource;
  readonly rollups: MonthRollups;
  /** Deletes every complaint row, as the index horizon would once they are old enough. */
  readonly deleteRows: () => Promise<void>;
  /** Forgets every row's repeat links, as rows written before the store kept them have none. */
  readonly clearLinks: () => Promise<void>;
  /** Works them out again, in pages of this many rows. */
  readonly backfillLinks: (page: number) => Promise<void>;
}

const rowTools = (db: Kysely<StoreDatabase>) => ({
  deleteRows: async () => {
    await db.deleteFrom('complaint').execute();
  },
  clearLinks: async () => {
    await db.updateTable('complaint').set({ prev_customer_at: null, prev_subject_at: null }).execute();
  },
  backfillLinks: (page: number) => backfillRepeatLinks(db, page),
});

const forgeHost = installForgeSqlHost();
const mariadbHost = installMariadbForgeSqlHost();

/** The app's own Forge SQL adapters, through @forge/sql to the host's endpoint on a fresh database. */
const forgeSql = (host: ForgeSqlHost) => (): Engine => {
  host.reset();
  const db = new Kysely<StoreDatabase>({ dialect: forgeSqlDialect });
  return {
    store: createForgeSqlStore(SETTINGS),
    figures: createSqlDashboardFigures(db),
    issues: createSqlFigureIssues(db),
    rollups: createSqlMonthRollups(db),
    ...rowTools(db),
  };
};

const engines: readonly [string, () => Engine][] = [
  [
    'SQLite',
    () => {
      const database = new Database(':memory:');
      const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
      return {
        store: createSqliteStore(database, SETTINGS),
        figures: createSqlDashboardFigures(db),
        issues: createSqlFigureIssues(db),
        rollups: createSqliteMonthRollups(database),
        ...rowTools(db),
      };
    },
  ],
  ['Forge SQL (MySQL statements on the sandbox host)', forgeSql(forgeHost)],
  ['Forge SQL on MariaDB (MySQL 8 strict mode)', forgeSql(mariadbHost)],
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

/** The daily job's rollups of the ended months, as of `now`: the dashboard reads those months from them. */
const rollUp = (rollups: MonthRollups, now: number): Promise<number> =>
  rollUpMonths({ rollups, clock: { now: () => now }, config: { calendar: { ...defaultConfig().calendar, timeZone: MARCH_SETTINGS.timeZone }, repeatWindowDays: 7 } });

/**
 * Customers' escalations on the fixed data set: CA-7 twice in March, CA-3 before it closed, CA-9
 * in April, CA-6 (a closed duplicate) and OTHER-1 in March; and one of the sweep's, which is not a customer's.
 */
const CUSTOMER_ESCALATIONS: readonly CustomerEscalation[] = [
  { issueId: 'CA-7', at: at('2024-03-20T10:00:00Z') },
  { issueId: 'CA-7', at: at('2024-03-26T10:00:00Z') },
  { issueId: 'CA-3', at: at('2024-03-10T10:00:00Z') },
  { issueId: 'CA-9', at: at('2024-04-01T10:00:00Z') },
  { issueId: 'CA-6', at: at('2024-03-08T09:30:00Z') },
  { issueId: 'OTHER-1', at: at('2024-03-03T10:00:00Z') },
];
const customerEscalated = (e: CustomerEscalation): KeyedTrailEntry => ({
  issueId: e.issueId,
  key: `customer-escalated:${String(e.at)}`,
  at: e.at,
  kind: 'customer_escalated',
  actorAccountId: null,
  reason: 'customer.escalated.overdue',
  recipients: ['advocate', 'escalation_manager'],
  level: 1,
  status: 'in_progress',
});
const SWEEP_ESCALATION: KeyedTrailEntry = { ...customerEscalated({ issueId: 'CA-4', at: at('2024-03-12T10:00:00Z') }), kind: 'escalated', key: 'escalated' };

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
    await engine.store.appendTrail([...CUSTOMER_ESCALATIONS.map(customerEscalated), SWEEP_ESCALATION]);
    // March has ended at NOW: its rollup answers the trend and the registrations.
    expect(await rollUp(engine.rollups, NOW)).toBeGreaterThan(0);
    const query: DashboardQuery = { ...filter, ...MARCH_SETTINGS, top: 2 };
    const sqlFigures = await engine.figures.dashboardFigures(query, NOW);
    expect(sqlFigures).toEqual(computeDashboard(stored, query, evidenceMeasures(SETTINGS), NOW, CUSTOMER_ESCALATIONS));
  });

  it('counts the complaints their customers escalated in the period once each, by the trail, never the sweep’s escalations', async () => {
    await load(engine.store, DATASET);
    await engine.store.appendTrail([...CUSTOMER_ESCALATIONS.map(customerEscalated), SWEEP_ESCALATION]);
    const figures = await engine.figures.dashboardFigures({ ...CA_ONLY, ...MARCH_SETTINGS, top: 2 }, NOW);
    // By hand: CA-7 (twice) and CA-3; not CA-9 (April), CA-6 (a duplicate), OTHER-1 (another project), CA-4 (the sweep's).
    expect(figures.escalatedByCustomers).toBe(2);
  });

  it.each(fixedQueries)('lists the complaints of each figure plain JQL cannot express as the domain defines them, as many as it counts: %s', async (_label, filter) => {
    const stored = await load(engine.store, DATASET);
    const query: DashboardQuery = { ...filter, ...MARCH_SETTINGS, top: 2 };
    const counted = await engine.figures.dashboardFigures(query, NOW);
    const calls: readonly [FigureCall, number][] = [
      [{ figure: 'overdue', at: NOW, filter }, counted.open.overdue],
      [{ figure: 'escalated', at: NOW, filter }, counted.open.escalated],
      [{ figure: 'firstAction', period: query.period, filter }, counted.timeToFirstAction.count],
    ];
    expect(calls.map(([call]) => call.figure)).toEqual(LISTED_FIGURES);
    for (const [call, count] of calls) {
      const expected = inFigure(call, stored).map((c) => c.issueId).sort();
      expect(await engine.issues.figureIssueIds(call, 100)).toEqual(expected);
      expect(expected).toHaveLength(count);
    }
  });

  it('lists at most the limit asked for, the same ids on every call', async () => {
    const { records, now } = generatedComplaints(300);
    await load(engine.store, records);
    const call = { figure: 'overdue' as const, at: now, filter: { projectKeys: ['GEN'], departmentIds: [] } };
    const all = await engine.issues.figureIssueIds(call, 1000);
    expect(all.length).toBeGreaterThan(3);
    expect(await engine.issues.figureIssueIds(call, 3)).toEqual(all.slice(0, 3));
  });

  it('equals the domain definition on 600 generated complaints over six months', async () => {
    const { records, now } = generatedComplaints(600);
    const stored = await load(engine.store, records);
    // The seven ended months since the oldest complaint, rolled up a day before `now`: five of the period's six come from them, the current one from the rows.
    expect(await rollUp(engine.rollups, now - DAY)).toBe(7);
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

  it('keeps the repeats equal to the domain definition as complaints are rewritten: another subject or customer, closed as duplicates, moved', async () => {
    const { records, now } = generatedComplaints(400);
    await load(engine.store, records);
    const changed = records.map((r, i): MetricsRecord => {
      switch (i % 7) {
        case 0:
          return { ...r, subject: { kind: 'service', name: 'Loans' } };
        case 1:
          return { ...r, status: 'closed', resolution: 'duplicate', closedAt: r.createdAt + DAY, dueAt: null };
        case 2:
          return { ...r, reporterAccountId: `customer-${i % 5}`, anonymous: false };
        case 3:
          return { ...r, createdAt: r.createdAt - 3 * DAY };
        default:
          return r;
      }
    });
    for (const r of changed.filter((_, i) => i % 7 < 4)) expect(await engine.store.saveComplaint({ ...asRecord(r), version: 2 }, 1)).toBe(true);
    // Then a few back as they were, so that links leave and return.
    for (const r of records.filter((_, i) => i % 14 === 1)) expect(await engine.store.saveComplaint({ ...asRecord(r), version: 3 }, 2)).toBe(true);
    const stored = await Promise.all(records.map(async (r) => (await engine.store.getComplaint(r.issueId)) ?? asRecord(r)));
    const query: DashboardQuery = { projectKeys: ['GEN'], departmentIds: [], ...MARCH_SETTINGS, period: lastMonths(now, 6, MARCH_SETTINGS.timeZone), repeatWindowDays: 10, top: 4 };
    const domain = computeDashboard(stored, query, evidenceMeasures(SETTINGS), now);
    expect((await engine.figures.dashboardFigures(query, now)).repeats).toEqual(domain.repeats);
    expect(domain.repeats.sameCustomer).toBeGreaterThan(0);
    expect(domain.repeats.sameSubject).toBeGreaterThan(0);
  });

  it('works out the repeat links of rows written before the store kept them', async () => {
    const { records, now } = generatedComplaints(400);
    const stored = await load(engine.store, records);
    await engine.clearLinks();
    // Pages of 7 rows: complaints of one key, and of one moment, run across pages.
    await engine.backfillLinks(7);
    const query: DashboardQuery = { projectKeys: ['GEN'], departmentIds: [], ...MARCH_SETTINGS, period: lastMonths(now, 6, MARCH_SETTINGS.timeZone), repeatWindowDays: 30, top: 4 };
    const domain = computeDashboard(stored, query, evidenceMeasures(SETTINGS), now);
    expect((await engine.figures.dashboardFigures(query, now)).repeats).toEqual(domain.repeats);
    expect(domain.repeats.repeats).toBeGreaterThan(100);
  });

  it('keeps the trend of the rolled-up months when their rows are gone, and counts the rest from the rows', async () => {
    const { records, now } = generatedComplaints(300);
    await load(engine.store, records);
    await rollUp(engine.rollups, now - DAY);
    const query: DashboardQuery = { projectKeys: ['GEN'], departmentIds: [], ...MARCH_SETTINGS, period: lastMonths(now, 6, MARCH_SETTINGS.timeZone), top: 4 };
    const before = await engine.figures.dashboardFigures(query, now);
    await engine.deleteRows();
    const after = await engine.figures.dashboardFigures(query, now);
    expect(after.trend.slice(0, 5)).toEqual(before.trend.slice(0, 5));
    expect(before.trend.slice(0, 5).every((m) => m.registered > 0 && m.closed > 0 && m.averageSatisfaction !== null)).toBe(true);
    // The current month has no rollup: its rows are gone.
    expect(before.trend[5]?.registered).toBeGreaterThan(0);
    expect(after.trend[5]).toMatchObject({ registered: 0, closed: 0, averageSatisfaction: null });
    expect(after.topDepartments.map((d) => d.key)).toEqual(before.topDepartments.map((d) => d.key));
  });

  it('keeps the rolled-up trend through the daily run: the rollups, then the retention trimming and forgetting every closed complaint', async () => {
    const { records, now } = generatedComplaints(300);
    const stored = await load(engine.store, records);
    await rollUp(engine.rollups, now - DAY);
    const query: DashboardQuery = { projectKeys: ['GEN'], departmentIds: [], ...MARCH_SETTINGS, period: lastMonths(now, 6, MARCH_SETTINGS.timeZone), top: 4 };
    const before = await engine.figures.dashboardFigures(query, now);
    // Two years on, every closed complaint is past both the retention's cut-off and the index horizon.
    const queued: WorkJob[] = [];
    const outcome = await startRetention({
      store: engine.store,
      contacts: { get: () => Promise.resolve(null), remove: () => Promise.resolve() },
      links: { remove: () => Promise.resolve() },
      queue: { push: (jobs) => Promise.resolve(void queued.push(...jobs)) },
      invocation: { remainingMs: () => 60_000 },
      retentionBudget: { pages: 50, reserveMs: 0 },
      clock: { now: () => now + 730 * DAY },
      config: { retentionMonths: 6, repeatWindowDays: 7, calendar: { ...defaultConfig().calendar, timeZone: MARCH_SETTINGS.timeZone } },
    });
    const closed = stored.filter((c) => c.status === 'closed');
    expect(closed.length).toBeGreaterThan(100);
    expect(outcome).toEqual({ trim: { trimmed: closed.length, continued: false }, forget: { forgotten: closed.length, continued: false } });
    expect(queued).toEqual([]);
    expect(await engine.store.getComplaint(closed[0]?.issueId ?? '')).toBeNull();
    const after = await engine.figures.dashboardFigures(query, now);
    expect(after.trend.slice(0, 5)).toEqual(before.trend.slice(0, 5));
    expect(after.open).toEqual(before.open);
  });

  it('reads a month from the rows again when its rollup was written before it ended', async () => {
    const { records, now } = generatedComplaints(300);
    await load(engine.store, records);
    const period = lastMonths(now, 6, MARCH_SETTINGS.timeZone);
    const lastMonthEnd = lastMonths(now, 1, MARCH_SETTINGS.timeZone).from;
    await engine.rollups.rollUp({ from: lastMonths(now, 2, MARCH_SETTINGS.timeZone).from, to: lastMonthEnd }, lastMonthEnd - 1);
    await engine.deleteRows();
    const figures = await engine.figures.dashboardFigures({ projectKeys: ['GEN'], departmentIds: [], ...MARCH_SETTINGS, period, top: 4 }, now);
    expect(figures.trend.every((m) => m.registered === 0)).toBe(true);
  });
});
