/**
 * The storage a tenant with about 1M complaints a year holds in steady state (design.md section
 * 12), projected from bytes measured on SQLite: complaints closed within the retention period
 * keep their trail, older ones only their index row until the index horizon, and past it only
 * their months' rollups (the daily retention job deletes the rest).
 */
import Database from 'better-sqlite3';
import { createSqliteStore } from '../src/adapters/local/sqlite-store.adapter';
import { appConfigSchema } from '../src/domain/config/app-config.schema';
import { MAX_PERIOD_MONTHS } from '../src/domain/metrics/metrics-query';
import type { ComplaintRecord, KeyedTrailEntry } from '../src/ports/store.port';

const GIB = 1024 ** 3;
const COMPLAINTS_PER_YEAR = 1_000_000;
/** Business days in a year of five-day weeks, less about eight public holidays. */
const BUSINESS_DAYS_PER_YEAR = 252;
const YEARS = 5;
/** A generous tenant: 50 departments in one project, a rollup row each a month. */
const ROLLUP_ROWS_PER_MONTH = 50;
const DAYS_PER_MONTH = 365.25 / 12;

type Measure = (trail: (r: ComplaintRecord, i: number) => KeyedTrailEntry[]) => Promise<number>;

/** A stalled complaint's reminders as a row a day, as the sweep wrote them before it rolled them up. */
const dailyReminders = (r: ComplaintRecord, days: number): KeyedTrailEntry[] =>
  Array.from({ length: days }, (_, d) => ({
    issueId: r.issueId,
    key: `reminded:reminder.registered:2026-${String(1 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`,
    at: r.createdAt + d * 86_400_000,
    kind: 'reminded',
    actorAccountId: null,
    reason: 'reminder.registered',
    recipients: ['assignee', 'advocate'],
    status: 'registered',
  }));

const gib = (bytes: number): number => Math.round((bytes / GIB) * 1000) / 1000;

const fileBytes = (database: Database.Database): number => Number(database.pragma('page_count', { simple: true })) * Number(database.pragma('page_size', { simple: true }));

/** Bytes a month's rollup costs a department, measured on SQLite: 10 years of rows, and each month's `complaint_month_rolled` row. */
const bytesPerRollupRow = async (): Promise<number> => {
  const database = new Database(':memory:');
  await createSqliteStore(database).migrate();
  const before = fileBytes(database);
  const months = 120;
  const insertMonth = database.prepare('insert into complaint_month values (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertRolled = database.prepare('insert into complaint_month_rolled values (?, ?, ?)');
  database.transaction(() => {
    for (let m = 0; m < months; m++) {
      const from = Date.UTC(2020, m, 1);
      const to = Date.UTC(2020, m + 1, 1);
      insertRolled.run(from, to, to);
      for (let d = 0; d < ROLLUP_ROWS_PER_MONTH; d++) insertMonth.run(from, to, 'CMP', `department-${String(d)}`, 1_700, 1_650, 6_000, 1_400);
    }
  })();
  return (fileBytes(database) - before) / (months * ROLLUP_ROWS_PER_MONTH);
};

/**
 * Bytes per complaint with its trail and as an index row alone, and from them the store after
 * each of the first years at 1M complaints a year with the defaults. At most a retention
 * period's complaints keep their trail; trimmed rows stay until the index horizon
 * (`deletionHorizon`), at most the gadget's longest period and the repeat window back (on a
 * month's last day); older months only as rollup rows. So the store is flat from the second year.
 */
export const projectRetention = async (measure: Measure, trailOf: (r: ComplaintRecord, i: number) => KeyedTrailEntry[]) => {
  const { retentionMonths, repeatWindowDays } = appConfigSchema.parse({});
  const withTrail = await measure(trailOf);
  const indexRowOnly = await measure(() => []);
  // Ten business days of reminders on top of the usual trail, measured, give the bytes of one.
  const reminderRow = ((await measure((r, i) => [...trailOf(r, i), ...dailyReminders(r, 10)])) - withTrail) / 10;
  const rollupRow = await bytesPerRollupRow();
  const indexedMonths = Math.max(retentionMonths, MAX_PERIOD_MONTHS + repeatWindowDays / DAYS_PER_MONTH);
  const perMonth = COMPLAINTS_PER_YEAR / 12;
  const afterYear = Array.from({ length: YEARS }, (_, y) => {
    const months = 12 * (y + 1);
    const full = Math.min(months, retentionMonths);
    const trimmed = Math.min(months, indexedMonths) - full;
    const rolled = Math.max(0, months - indexedMonths) * ROLLUP_ROWS_PER_MONTH;
    return gib(perMonth * (full * withTrail + trimmed * indexRowOnly) + rolled * rollupRow);
  });
  const steadyStateGib = afterYear.at(-1) ?? 0;
  return {
    retentionMonths,
    /** The longest a closed complaint's index row is kept: the gadget's year and the repeat window. */
    indexedMonths: Math.round(indexedMonths * 10) / 10,
    bytesPerComplaintWithTrail: withTrail,
    bytesPerTrimmedComplaint: indexRowOnly,
    bytesPerReminderRow: Math.round(reminderRow),
    bytesPerRollupRow: Math.round(rollupRow),
    /** A complaint left in one status for a year and reminded every business day: a row a day, against the one rolled-up row the sweep keeps. */
    stalledComplaintReminderBytesPerYear: { rowADay: Math.round(reminderRow * BUSINESS_DAYS_PER_YEAR), rolledUp: Math.round(reminderRow) },
    gibAfterYear1To5: afterYear,
    steadyStateGib,
    steadyStateUnder1GiB: steadyStateGib < 1,
    /** What the rollups, kept for good, add a year: the one growth left. */
    rollupKibPerYear: Math.round((12 * ROLLUP_ROWS_PER_MONTH * rollupRow) / 1024),
  };
};
