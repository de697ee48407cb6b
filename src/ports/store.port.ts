import type { Complaint, TrailEntry } from '../domain/complaint';

/** The index row: the complaint plus what the sweep and the dashboard need. */
export interface ComplaintRecord extends Complaint {
  /** When the sweep must next look at the complaint (`ReminderPlan.nextDueAt`). */
  readonly nextDueAt: number | null;
  /** When the current step falls due (`ReminderPlan.dueAt`); the dashboard's "overdue" reads it. */
  readonly dueAt: number | null;
  readonly escalationLevel: number;
  /** Optimistic concurrency: a write with a stale version is rejected. */
  readonly version: number;
}

export interface DueQuery {
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

/** The complaint index and trail (Forge SQL in production, SQLite in the sandbox). */
export interface Store {
  migrate(): Promise<void>;
  getComplaint(issueId: string): Promise<ComplaintRecord | null>;
  /**
   * Inserts or replaces a complaint if its stored version equals `expectedVersion`
   * (0 for a new one). Returns false on a version conflict.
   */
  saveComplaint(record: ComplaintRecord, expectedVersion: number): Promise<boolean>;
  appendTrail(entries: readonly TrailEntry[]): Promise<void>;
  trailOf(issueId: string): Promise<TrailEntry[]>;
  /** Open complaints whose next due moment has come, earliest first. */
  listDue(query: DueQuery): Promise<ComplaintRecord[]>;
  listRecords(query: RecordQuery): Promise<ComplaintRecord[]>;
}
