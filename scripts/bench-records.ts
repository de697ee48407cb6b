/**
 * The bench's data: complaints spread over the last year, as the index stores them, with a
 * six-entry trail, written into a store's tables by the store's own mappers.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createSqliteStore } from '../src/adapters/local/sqlite-store.adapter';
import { backfillRepeatLinks } from '../src/adapters/sql/backfill-repeat-links';
import { MESSAGE_STATE } from '../src/adapters/sql/column-codes';
import { toComplaintRow } from '../src/adapters/sql/complaint-row';
import { toMessageRow } from '../src/adapters/sql/message-row';
import { createTrailSequence } from '../src/adapters/sql/trail-sequence';
import { toTrailRow } from '../src/adapters/sql/trail-row';
import type { StoreDatabase } from '../src/adapters/sql/store-schema';
import type { Complaint, ComplaintStatus } from '../src/domain/complaint';
import { defaultConfig } from '../src/domain/config/parse-config';
import { timingSettingsOf } from '../src/domain/metrics/complaint-timings';
import type { MetricsRecord } from '../src/domain/metrics/metrics-query';
import type { ComplaintRecord, KeyedTrailEntry } from '../src/ports/store.port';
import { SENT_KEPT_MS } from '../src/usecases/sweep/run-sweep';

const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 23, 11, 0);
const STATUSES: ComplaintStatus[] = ['registered', 'in_progress', 'measures_done', 'closed'];

export const config = defaultConfig();
export const timings = timingSettingsOf(config);
const departments = ['billing', 'delivery', 'support'];
config.departments.push(
  ...departments.map((id) => ({
    id,
    name: id,
    leadAccountId: `lead-${id}`,
    deputyAccountId: `deputy-${id}`,
    away: id === 'delivery',
    escalationManagerAccountId: `manager-${id}`,
    advocateAccountId: null,
    componentId: null,
  })),
);

/** A deterministic spread of complaints over the last year. */
export const makeRecords = (n: number): MetricsRecord[] =>
  Array.from({ length: n }, (_, i) => {
    const createdAt = NOW - ((i * 7919) % 365) * DAY - (i % 9) * 3_600_000;
    const status = STATUSES[i % 4] ?? 'registered';
    const closed = status === 'closed';
    const complaint: Complaint = {
      issueId: String(10_000 + i),
      issueKey: `CMP-${i + 1}`,
      projectKey: 'CMP',
      departmentId: departments[i % 3] ?? null,
      subject: i % 5 === 0 ? { kind: 'employee', accountId: `emp-${i % 40}` } : { kind: 'service', name: `Service ${i % 12}` },
      channel: 'phone',
      anonymous: false,
      status,
      resolution: closed ? 'done' : null,
      assigneeAccountId: `lead-${departments[i % 3] ?? 'billing'}`,
      responsibleAccountId: `lead-${departments[i % 3] ?? 'billing'}`,
      reporterAccountId: 'registrar',
      measures: 'Call back',
      measuresDeadline: status === 'in_progress' ? '2026-11-20' : null,
      actionTaken: null,
      compensation: closed && i % 7 === 0 ? 50 : null,
      satisfaction: closed ? (((i % 5) + 1) as 1 | 2 | 3 | 4 | 5) : null,
      consideredResolved: closed ? i % 3 !== 0 : null,
      returns: i % 11 === 0 ? 1 : 0,
      reopens: i % 17 === 0 ? 1 : 0,
      followUpOf: null,
      createdAt,
      statusChangedAt: createdAt + DAY,
      firstActionAt: status === 'registered' ? null : createdAt + 2 * DAY,
      closedAt: closed ? createdAt + 10 * DAY : null,
    };
    return { ...complaint, dueAt: closed ? null : NOW - 1, escalationLevel: i % 13 === 0 ? 1 : 0 };
  });

// Jira Cloud account ids: 24 hex digits, or `<n>:<uuid>` (43 characters) for newer accounts; a third here are the long kind.
const accountId = (n: number): string =>
  n % 3 === 0 ? `712020:${(0x10000000 + n).toString(16)}-5b10-4c8d-82e0-${(0x100000000000 + n).toString(16)}` : (0x5b10ac8d82e0 + n).toString(16).padStart(24, '5');

/** A dashboard record as the index stores it, with real-length account ids. */
export const indexRecord = (r: MetricsRecord, i: number, overrides: Partial<ComplaintRecord> = {}): ComplaintRecord => ({
  ...r,
  subject: r.subject?.kind === 'employee' ? { kind: 'employee', accountId: accountId(i % 40) } : r.subject,
  assigneeAccountId: accountId(i % 30),
  reporterAccountId: accountId(i % 7),
  nextDueAt: null,
  sharedMeasures: null,
  routedAt: r.createdAt + 1_000,
  routeAttempts: 0,
  jiraUpdatedAt: r.statusChangedAt,
  version: 1,
  ...overrides,
});

/** Six entries: routing, a reminder and an escalation by the app, three transitions by people. */
export const trailOf = (r: ComplaintRecord, i: number): KeyedTrailEntry[] => {
  const entry = (key: string, at: number, e: Partial<KeyedTrailEntry>): KeyedTrailEntry =>
    ({ issueId: r.issueId, key, at, kind: 'transitioned', actorAccountId: r.assigneeAccountId, reason: 'transition.start', recipients: [], status: 'in_progress', ...e });
  return [
    entry('route', r.createdAt + 1_000, { kind: 'routed', actorAccountId: null, reason: 'routing.lead', recipients: [`user:${accountId(i % 30)}`], status: 'registered' }),
    entry(`changelog:${200_000 + i * 3}`, r.createdAt + DAY, {}),
    entry(`reminded:reminder.in_progress.before_deadline:since:${String(r.createdAt + DAY)}`, r.createdAt + 2 * DAY, { kind: 'reminded', actorAccountId: null, reason: 'reminder.in_progress.before_deadline', recipients: ['assignee', 'advocate'], times: 1 }),
    entry('escalated:escalation.in_progress:2026-11-21', r.createdAt + 3 * DAY, { kind: 'escalated', actorAccountId: null, reason: 'escalation.in_progress', recipients: ['escalation_manager'], level: 1 }),
    entry(`changelog:${200_001 + i * 3}`, r.createdAt + 5 * DAY, { reason: 'transition.measures_done', status: 'measures_done' }),
    entry(`changelog:${200_002 + i * 3}`, r.createdAt + 10 * DAY, { kind: 'closed', reason: 'transition.close', status: 'closed' }),
  ];
};

/** Writes rows through one prepared statement, in a single transaction. */
export const insertAll = (database: Database.Database, table: string, rows: readonly object[]): void => {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {});
  const insert = database.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
  database.transaction(() => {
    for (const row of rows) insert.run(columns.map((column) => (row as Record<string, unknown>)[column]));
  })();
};

/** The outbox row of a trail entry that sent a message (routing, a reminder, an escalation, measures done), as it is once sent. */
const sentMessageRow = (e: KeyedTrailEntry) => ({
  ...toMessageRow(
    {
      issueId: e.issueId,
      key: e.key,
      issueKey: `CMP-${e.issueId}`,
      to: { accountIds: [accountId(Number(e.issueId) % 30)], groups: ['complaint-advocates'] },
      message: { kind: 'measures_done' },
      facts: { issueKey: `CMP-${e.issueId}`, departmentName: 'Billing' },
    },
    e.at,
  ),
  payload: '',
  state: MESSAGE_STATE.encode('sent'),
  next_attempt_at: e.at + 1_000,
  settled_at: e.at + 1_000,
});

const sentMessage = (e: KeyedTrailEntry): boolean =>
  e.kind === 'routed' || e.kind === 'reminded' || e.kind === 'escalated' || (e.kind === 'transitioned' && e.status === 'measures_done');

/**
 * Fills the store's tables with rows made by the store's own mappers, so the bytes are the
 * store's; 700k single-row round trips through Kysely would only make the bench slow. Trail
 * entries and messages go in time order, as they arrive in use, which fills the pages less than
 * issue order.
 */
const fill = (database: Database.Database, records: readonly ComplaintRecord[], trail: readonly KeyedTrailEntry[]): void => {
  const nextSeq = createTrailSequence();
  const inTime = [...trail].sort((a, b) => a.at - b.at);
  insertAll(database, 'complaint', records.map((r) => toComplaintRow(r, timings)));
  insertAll(database, 'complaint_trail', inTime.map((e) => toTrailRow(e, nextSeq())));
  // The sweep forgets sent messages after SENT_KEPT_MS: the store holds those sent since (none after now).
  insertAll(database, 'message', inTime.filter((e) => sentMessage(e) && e.at >= NOW - SENT_KEPT_MS && e.at <= NOW).map(sentMessageRow));
};

/** SQL bytes a complaint costs with this trail and its sent messages: the SQLite file's pages over the complaints. */
export const bytesPerComplaint = async (records: readonly MetricsRecord[], trail: (r: ComplaintRecord, i: number) => KeyedTrailEntry[]): Promise<number> => {
  const database = new Database(':memory:');
  await createSqliteStore(database).migrate();
  const indexed = records.map((r, i) => indexRecord(r, i));
  fill(database, indexed, indexed.flatMap(trail));
  // Rows written straight into the table have no repeat links yet; the store's writes keep them.
  await backfillRepeatLinks(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));
  const pages = Number(database.pragma('page_count', { simple: true })) * Number(database.pragma('page_size', { simple: true }));
  return Math.round(pages / indexed.length);
};
