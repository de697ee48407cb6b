import type { CloudCalls } from './jira-calls';
import type { Issue } from 'jira.js/cloud';
import { AppError } from '../../../domain/app-error';

/** Every walk is bounded: Jira's /search/jql has no total, so only these stop a runaway query. */
export interface JqlBounds {
  /** Issues asked for per call: up to 5000 when only ids are wanted, 100 with fields. */
  readonly pageSize: number;
  readonly maxPages: number;
  readonly maxResults: number;
}

export interface JqlQuery {
  /** Must be bounded (a restriction), as Jira requires. */
  readonly jql: string;
  /** Fields to return; none (the default) gives ids only. */
  readonly fields?: readonly string[];
  readonly properties?: readonly string[];
}

export interface JqlPage {
  readonly issues: readonly Issue[];
  /** Null on Jira's last page; still set on the last page yielded when a bound stopped the walk. */
  readonly nextPageToken: string | null;
}

const assertBounds = (bounds: JqlBounds): void => {
  const bad = Object.entries(bounds).filter(([, value]) => !Number.isInteger(value) || value < 1);
  if (bad.length > 0) throw new AppError('INTERNAL', `JQL bounds must be positive integers: ${bad.map(([name]) => name).join(', ')}`);
};

/** Walks /rest/api/3/search/jql page by page with nextPageToken, until Jira's last page or a bound. */
export async function* searchJqlPages(jira: CloudCalls, query: JqlQuery, bounds: JqlBounds): AsyncGenerator<JqlPage> {
  assertBounds(bounds);
  let nextPageToken: string | null = null;
  let yielded = 0;
  for (let page = 1; page <= bounds.maxPages && yielded < bounds.maxResults; page += 1) {
    // Asking for no more than the bound leaves keeps every page whole, so its token stays valid.
    const answer = await jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: query.jql,
      maxResults: Math.min(bounds.pageSize, bounds.maxResults - yielded),
      ...(nextPageToken === null ? {} : { nextPageToken }),
      ...(query.fields ? { fields: [...query.fields] } : {}),
      ...(query.properties ? { properties: [...query.properties] } : {}),
    });
    const issues = answer.issues ?? [];
    nextPageToken = answer.nextPageToken ?? null;
    yielded += issues.length;
    yield { issues, nextPageToken };
    if (nextPageToken === null) return;
  }
}

export interface IssueIds {
  readonly ids: readonly string[];
  /** False when a bound stopped the walk before Jira's last page. */
  readonly complete: boolean;
}

/** The ids of the issues a bounded JQL query matches, in Jira's order. */
export const searchIssueIds = async (jira: CloudCalls, jql: string, bounds: JqlBounds): Promise<IssueIds> => {
  const ids: string[] = [];
  let complete = false;
  for await (const page of searchJqlPages(jira, { jql }, bounds)) {
    ids.push(...page.issues.flatMap((issue) => (issue.id === undefined ? [] : [issue.id])));
    complete = page.nextPageToken === null;
  }
  return { ids, complete };
};
