import { INDEXED_TEXT_CHARS } from '../../domain/complaint';

/**
 * The tables of the complaint index, as Kysely sees them. One schema serves Forge SQL
 * (MySQL/TiDB) and SQLite, so it keeps to what both store alike: times are BIGINT epoch ms in
 * UTC, booleans are small ints (0/1), enumerations are small-int codes (`column-codes.ts`), and
 * there are no foreign keys (Forge SQL has none).
 */
export interface ComplaintTable {
  issue_id: string;
  issue_key: string;
  project_key: string;
  department_id: string | null;
  /** Null with `subject_value` when the complaint has no subject. */
  subject_kind: number | null;
  /** The employee's account id, or the service's name. */
  subject_value: string | null;
  channel: number | null;
  anonymous: number;
  status: number;
  resolution: number | null;
  assignee_account_id: string | null;
  /** The person routing chose; only the app writes it (added by `003-complaint-responsible`). */
  responsible_account_id: string | null;
  reporter_account_id: string | null;
  measures: string | null;
  measures_deadline: string | null;
  action_taken: string | null;
  compensation: number | null;
  satisfaction: number | null;
  considered_resolved: number | null;
  return_count: number;
  reopen_count: number;
  follow_up_of: string | null;
  created_at: number;
  status_changed_at: number;
  first_action_at: number | null;
  closed_at: number | null;
  next_due_at: number | null;
  due_at: number | null;
  escalation_level: number;
  routed_at: number | null;
  route_attempts: number;
  jira_updated_at: number;
  version: number;
  /** 1 once the retention deleted the trail of the closed complaint; null again on its next save (`006-complaint-trail-trimmed`). */
  trail_trimmed: number | null;
  /** 1 when the measures were shared (`013-…`): read only by `014-…`, which replaced it with `shared_measures`. */
  measures_shared: number | null;
  /** The measures text as the lead or advocate shared it with the customer; null when not shared (`014-…`). */
  shared_measures: string | null;
  /*
   * Worked out when the row is written (added by `008-complaint-timings`), so that the dashboard
   * reads them instead of doing calendar work: see `complaintTimings` and `subjectKey`.
   */
  /** Registered → first Start work, in business days. */
  first_action_days: number | null;
  /** Registered → Closed, in business days. */
  close_days: number | null;
  /** The regulatory response deadline under the preset of the time of writing. */
  response_due_at: number | null;
  /** `employee:<account id>` or `service:<folded name>`: what a repeat complaint has in common. */
  subject_key: string | null;
  /*
   * When the previous complaint of the same project with the same customer, and with the same
   * subject, was registered (a closed duplicate is none): kept as complaints are written
   * (`repeat-links.ts`, added by `011-complaint-repeat-links`), so that a repeat is a comparison
   * within the row. The moment rather than a flag keeps the window configurable.
   */
  prev_customer_at: number | null;
  prev_subject_at: number | null;
}

export interface TrailTable {
  issue_id: string;
  entry_key: string;
  /** The order written (see `trail-sequence.ts`): the tie-break between entries with the same `at`. */
  seq: number;
  at: number;
  kind: number;
  actor_account_id: string | null;
  reason: string;
  /** The recipients joined by commas (see `trail-row.ts`), far smaller than a JSON array. */
  recipients: string;
  level: number | null;
  status: number;
  note: string | null;
  /** The whole note when it is longer than `note` holds (added by `013-…`); null otherwise. */
  long_note: string | null;
  /** On a `call_recorded` entry: that cycle's satisfaction, 1 to 5, and "considers it resolved" (0 or 1). */
  satisfaction: number | null;
  considered_resolved: number | null;
  /** On a rolled-up reminder row: how many reminders it stands for (added by `007-trail-repeats`). */
  times: number | null;
}

/** The outbox: one row per message, named by the trail key it stands for (see `sql-message-outbox.ts`). */
export interface MessageTable {
  issue_id: string;
  message_key: string;
  /** The issue key, recipients, message and facts as JSON (see `message-row.ts`); emptied once sent. */
  payload: string;
  /** `MESSAGE_STATE`'s code. */
  state: number;
  /** Counted failed deliveries. */
  attempts: number;
  /** When a pending message may be tried next; for a settled one, when it was settled, so one index serves both. */
  next_attempt_at: number;
  /** The end of the current delivery's claim; null or past when nobody holds it. */
  claimed_until: number | null;
  last_error: string | null;
  created_at: number;
  /** When it was sent or given up. */
  settled_at: number | null;
}

export interface MigrationTable {
  name: string;
  applied_at: number;
}

/** A month's rollup for one project and department ('' for none), see migration `009-complaint-month-rollups`. */
export interface MonthTable {
  month_from: number;
  month_to: number;
  project_key: string;
  department_id: string;
  /** Registered in the month, and not closed as a duplicate when rolled up. */
  registered: number;
  /** Closed in the month and still closed when rolled up, duplicates not counted. */
  closed: number;
  /** Over those closed as done with a rating: the average is the sum over the count. */
  satisfaction_sum: number;
  satisfaction_count: number;
}

export interface MonthRolledTable {
  month_from: number;
  month_to: number;
  rolled_at: number;
}

/** One named value the store keeps about itself (migration `010-store-meta`), such as `deleted_before`. */
export interface MetaTable {
  name: string;
  value: number;
}

/** A complaint as the triage model keeps it until it is closed (`015-triage-model`, `sql-triage-model.ts`). */
export interface TriageExampleTable {
  issue_id: string;
  /** Hashed features, base 36, joined by commas: never the text itself. */
  features: string;
  /** The suggestion made when it came in, as JSON; null when the model had none. */
  suggestion: string | null;
  department: string | null;
  category: string | null;
  created_at: number;
}

/** In how many learned examples of a label a feature occurred; labels are `d:<department>` or `c:<category>`. */
export interface TriageTermTable {
  feature: number;
  label: string;
  n: number;
}

/** Per label: the examples learned, their features in all, and the name to show (categories). */
export interface TriageLabelTable {
  label: string;
  name: string | null;
  docs: number;
  terms: number;
}

export interface StoreDatabase {
  complaint: ComplaintTable;
  complaint_month: MonthTable;
  complaint_month_rolled: MonthRolledTable;
  complaint_trail: TrailTable;
  message: MessageTable;
  schema_migrations: MigrationTable;
  store_meta: MetaTable;
  triage_example: TriageExampleTable;
  triage_term: TriageTermTable;
  triage_label: TriageLabelTable;
}

/**
 * Column widths in characters. MySQL rejects a longer value while SQLite would keep it, so the
 * row mappers check them before a write and both engines behave alike.
 */
export const WIDTH = {
  issueId: 32,
  /** A Cloud project key has at most 10 characters; the rest is the issue number. */
  issueKey: 32,
  projectKey: 16,
  /** `departmentSchema` allows at most 40. */
  departmentId: 40,
  /** The config schema's account ids: at most 128. */
  accountId: 128,
  /** An account id or a service name. */
  subjectValue: 255,
  /** `service:` and a folded service name, or `employee:` and an account id. */
  subjectKey: 263,
  /** `YYYY-MM-DD`. */
  date: 10,
  /** Measures and action taken, clipped: Jira keeps the full text, the index a bounded copy. */
  text: INDEXED_TEXT_CHARS,
  entryKey: 128,
  reason: 64,
  /** A few roles, or `group:<name>` with a group name of up to 255 characters. */
  recipients: 600,
  /** Clipped, like `text`. */
  note: 255,
  /** A note longer than `note` (a customer's words from the portal), clipped to this (`013-…`). */
  longNote: 1000,
  /** A message's recipients, message and facts as JSON: a few account ids and group names. */
  payload: 4000,
  /** Clipped, like `text`. */
  error: 255,
  /** The store's own names, such as `deleted_before`. */
  metaName: 64,
  /** An example's features: at most MAX_FEATURES numbers below FEATURE_SPACE, in base 36 with commas. */
  triageFeatures: 400,
  /** A stored suggestion as JSON: a department, a category name, a few words. */
  triageSuggestion: 1000,
  /** `c:service:` and a folded service name (`subjectValue` wide). */
  triageLabel: 265,
} as const;
