import type { Complaint, TrailEntry } from '../domain/complaint';
import type { IndexedComplaint } from '../domain/intake/healing-need';

/** The index row: the complaint plus what routing, the sweep and the dashboard need. */
export interface ComplaintRecord extends Complaint {
  /** When the sweep must next look at the complaint (`ReminderPlan.nextDueAt`, or a routing retry). */
  readonly nextDueAt: number | null;
  /** When the current step falls due (`ReminderPlan.dueAt`); the dashboard's "overdue" reads it. */
  readonly dueAt: number | null;
  readonly escalationLevel: number;
  /**
   * The measures text the lead or advocate shared with the customer on their last Start work or
   * Revise measures (null: not shared). The portal shows the measures only while they are this
   * text, so measures edited later in Jira reach nobody unreviewed. Only the app knows it.
   */
  readonly sharedMeasures: string | null;
  /** When the complaint was routed (by the app, or assigned by a person); null while routing is pending. */
  readonly routedAt: number | null;
  /** Failed routing attempts so far; after a few the complaint goes to triage. */
  readonly routeAttempts: number;
  /** Jira's `updated` of the newest issue snapshot applied: an older event never overwrites a newer one. */
  readonly jiraUpdatedAt: number;
  /** Optimistic concurrency: a write with a stale version is rejected. Starts at 1. */
  readonly version: number;
}

/**
 * A trail entry with its key, unique per complaint. The key makes writing the trail idempotent:
 * the same event, reminder or routing written twice is stored once (for example `route`,
 * `changelog:10042`, `reminded:reminder.registered:since:1763967600000`).
 */
export interface KeyedTrailEntry extends TrailEntry {
  readonly key: string;
}

/** A complaint the sweep must look at, as `listDue` answers. */
export type DueComplaint = Pick<ComplaintRecord, 'issueId' | 'nextDueAt'>;

export interface DueQuery {
  /** Complaints whose next due moment is at or before this (epoch ms). */
  readonly now: number;
  readonly limit: number;
}

export interface RecordQuery {
  readonly projectKeys: readonly string[];
  readonly departmentIds?: readonly string[];
  /** Complaints created before this moment (epoch ms). */
  readonly createdBefore: number;
  /** Complaints still open or closed at or after this moment. */
  readonly activeSince: number;
}

/** The complaint index and trail (Forge SQL in production, SQLite in the sandbox and tests). */
export interface Store {
  /** Brings the schema up to date; safe to run any number of times, also concurrently with itself. */
  migrate(): Promise<void>;
  getComplaint(issueId: string): Promise<ComplaintRecord | null>;
  /**
   * What the index has of these complaints (at most 100 ids) for the reconciliation to compare
   * with Jira: twelve columns, at most 8.5 KB a row with both free texts full of four-byte
   * characters, so an answer is under 1 MB, a quarter of Forge SQL's 4 MiB.
   */
  getComplaints(issueIds: readonly string[]): Promise<IndexedComplaint[]>;
  /**
   * Writes `record` if the stored version equals `expectedVersion` (0: there must be no row yet).
   * The caller passes `record.version === expectedVersion + 1`. Returns false on a conflict,
   * writing nothing.
   */
  saveComplaint(record: ComplaintRecord, expectedVersion: number): Promise<boolean>;
  /**
   * Appends entries; an entry whose (issueId, key) is already stored is skipped. Returns the keys
   * this call stored: the unique key is the lock that lets exactly one of several concurrent
   * writers send the notification the entry stands for.
   */
  appendTrail(entries: readonly KeyedTrailEntry[]): Promise<readonly string[]>;
  /**
   * Records one more occurrence of a repeated entry on its single row (issueId, key): inserts the
   * row with `times` 1, or moves it to this entry's moment, recipients and status and counts one
   * more, if its last moment is before `since`. Returns whether this call recorded it: like
   * `appendTrail`'s keys, the lock that lets one of several writers send what the entry stands for.
   */
  rollTrail(entry: KeyedTrailEntry, since: number): Promise<boolean>;
  /** A complaint's trail, oldest first (by `at`, then by the order written). */
  trailOf(issueId: string): Promise<KeyedTrailEntry[]>;
  /**
   * Complaints whose next due moment has come, earliest first, at most `limit`: their ids and
   * due moments only, which the sweep hands on. 2,500 such rows are at most 180 KB of JSON, where
   * whole rows, with measures and action taken, could be 20 MB, far past Forge SQL's 4 MiB.
   */
  listDue(query: DueQuery): Promise<DueComplaint[]>;
  listRecords(query: RecordQuery): Promise<ComplaintRecord[]>;
  /**
   * Closed complaints closed before `closedBefore` whose trail the retention has not trimmed
   * since the complaint was last written, earliest closed first, at most `limit`: ids only.
   * Trimming takes a complaint out of this list, so the next call answers the next page.
   */
  listTrimmable(query: TrimQuery): Promise<string[]>;
  /**
   * Deletes the trail of those of these complaints (at most 100) still closed before
   * `closedBefore`, and marks them trimmed until their next write. Returns how many it trimmed.
   */
  trimTrails(issueIds: readonly string[], closedBefore: number): Promise<number>;
  /**
   * Closed complaints closed before `closedBefore` whose trail the retention has trimmed (so their
   * contact data is erased too), earliest closed first, at most `limit`: ids only.
   */
  listForgettable(query: TrimQuery): Promise<string[]>;
  /**
   * Deletes the index rows of those of these complaints (at most 100) still closed before
   * `closedBefore` and trimmed, with what is still keyed to them. Returns how many it deleted.
   */
  forgetComplaints(issueIds: readonly string[], closedBefore: number): Promise<number>;
  /**
   * The latest cut-off of a retention step (epoch ms), null before its first run:
   * `trimmed_before`, complaints closed before it may have lost their trail; `deleted_before`,
   * their index row too.
   */
  horizons(): Promise<Readonly<Record<RetentionHorizon, number | null>>>;
  /** Records a retention step's cut-off; an earlier moment than the one recorded changes nothing. */
  recordHorizon(name: RetentionHorizon, at: number): Promise<void>;
}

/** The cut-offs that the retention records, one row each. */
export type RetentionHorizon = 'trimmed_before' | 'deleted_before';

export interface TrimQuery {
  readonly closedBefore: number;
  readonly limit: number;
}
