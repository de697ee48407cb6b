import type { Complaint } from '../domain/complaint';

/** One page of a bounded JQL search. */
export interface IssuePage {
  readonly issueIds: readonly string[];
  /** Absent on the last page, as in Jira's /search/jql. */
  readonly nextPageToken?: string;
}

export interface JiraUser {
  readonly accountId: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly locale: string | null;
}

/**
 * What the app needs of Jira at runtime. The adapter speaks REST v3 through requestJira,
 * honours 429 Retry-After, retries 5xx with backoff, and rewraps errors as AppError.
 */
export interface JiraPort {
  /** Reads a complaint's fields from the issue; null if it is not a Complaint or does not exist. */
  readComplaint(issueIdOrKey: string): Promise<Complaint | null>;
  assign(issueIdOrKey: string, accountId: string | null): Promise<void>;
  /** Writes app-owned fields (satisfaction, counters) and edited fields in one call. */
  updateFields(issueIdOrKey: string, fields: Readonly<Record<string, unknown>>): Promise<void>;
  transition(issueIdOrKey: string, transitionName: string, fields: Readonly<Record<string, unknown>>): Promise<void>;
  searchComplaints(jql: string, pageToken?: string): Promise<IssuePage>;
  groupsOf(accountId: string): Promise<readonly string[]>;
  user(accountId: string): Promise<JiraUser | null>;
}
