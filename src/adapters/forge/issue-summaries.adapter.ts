import type { CloudCalls } from './jira/jira-calls';
import { AppError } from '../../domain/app-error';
import { summariesById } from '../../jira/intake/issue-summary';
import { ISSUE_SUMMARIES_LIMIT, type IssueSummaries } from '../../ports/issue-summaries.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';

/** The one jira.js call the adapter makes. */
export type IssueSummariesClient = { readonly issueSearch: Pick<CloudCalls['issueSearch'], 'searchAndReconsileIssuesUsingJqlPost'> };

const ISSUE_ID = /^\d+$/;

/**
 * `POST /rest/api/3/search/jql` as the user, `id in (…)` with `fields=summary`: Jira answers only
 * the issues the user may browse. Ids rather than keys, as a key changes when an issue moves to
 * another project and the index may still hold the old one. POST keeps 100 ids out of the URL.
 */
export const createIssueSummaries = (client: () => Promise<IssueSummariesClient> = () => createForgeCloudClient('user')): IssueSummaries => ({
  async summariesOf(issueIds) {
    if (issueIds.length === 0) return new Map();
    if (issueIds.length > ISSUE_SUMMARIES_LIMIT || !issueIds.every((id) => ISSUE_ID.test(id))) {
      throw new AppError('INTERNAL', `Summaries are read for at most ${ISSUE_SUMMARIES_LIMIT} issue ids at a time.`);
    }
    const answer = await (await client()).issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: `id in (${issueIds.join(', ')})`,
      fields: ['summary'],
      maxResults: issueIds.length,
    });
    return summariesById(answer.issues ?? []);
  },
});
