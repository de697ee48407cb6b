/** What JSM answers the invoking customer about one of its requests. */
export interface CustomerRequestFacts {
  readonly issueId: string;
  /** The request's reporter ("raised by"); null when JSM names none. */
  readonly reporterAccountId: string | null;
}

/**
 * Jira Service Management asked as the invoking user (`/rest/servicedeskapi/request`), never the
 * payload: JSM answers only about requests that user may see.
 */
export interface CustomerRequestDirectory {
  /** The request, or null when JSM does not show it to the caller (404: no such request, or not theirs to see). */
  requestOf(issueKey: string): Promise<CustomerRequestFacts | null>;
  /** The account ids of the request's participants, every page of them. */
  participantsOf(issueKey: string): Promise<readonly string[]>;
}
