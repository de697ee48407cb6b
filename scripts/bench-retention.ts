/**
 * The storage a tenant with about 1M complaints a year holds in steady state (design.md section
 * 12), projected from bytes measured on SQLite: complaints closed within the retention period
 * keep their trail, older ones only their index row (the daily retention job deletes the rest).
 */
import { appConfigSchema } from '../src/domain/config/app-config.schema';
import type { ComplaintRecord, KeyedTrailEntry } from '../src/ports/store.port';

const GIB = 1024 ** 3;
const COMPLAINTS_PER_YEAR = 1_000_000;
/** Business days in a year of five-day weeks, less about eight public holidays. */
const BUSINESS_DAYS_PER_YEAR = 252;
const YEARS = 5;

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

/**
 * Bytes per complaint with its trail and as an index row alone, and from them the store after
 * each of the first years at 1M complaints a year with the default retention. The index rows of
 * trimmed complaints stay (the dashboard counts them), so the store still grows by those.
 */
export const projectRetention = async (measure: Measure, trailOf: (r: ComplaintRecord, i: number) => KeyedTrailEntry[]) => {
  const retentionMonths = appConfigSchema.parse({}).retentionMonths;
  const withTrail = await measure(trailOf);
  const indexRowOnly = await measure(() => []);
  // Ten business days of reminders on top of the usual trail, measured, give the bytes of one.
  const reminderRow = ((await measure((r, i) => [...trailOf(r, i), ...dailyReminders(r, 10)])) - withTrail) / 10;
  const kept = (COMPLAINTS_PER_YEAR * Math.min(retentionMonths, 12 * YEARS)) / 12;
  const afterYear = Array.from({ length: YEARS }, (_, y) => {
    const all = COMPLAINTS_PER_YEAR * (y + 1);
    const recent = Math.min(all, kept);
    return gib(recent * withTrail + (all - recent) * indexRowOnly);
  });
  return {
    retentionMonths,
    bytesPerComplaintWithTrail: withTrail,
    bytesPerTrimmedComplaint: indexRowOnly,
    bytesPerReminderRow: Math.round(reminderRow),
    /** A complaint left in one status for a year and reminded every business day: a row a day, against the one rolled-up row the sweep keeps. */
    stalledComplaintReminderBytesPerYear: { rowADay: Math.round(reminderRow * BUSINESS_DAYS_PER_YEAR), rolledUp: Math.round(reminderRow) },
    gibAfterYear1To5: afterYear,
    yearsUnder1GiB: afterYear.filter((size) => size < 1).length,
    /** What the kept index rows add each year: without a horizon for them there is no steady state. */
    indexRowsGibPerYear: gib(COMPLAINTS_PER_YEAR * indexRowOnly),
  };
};
