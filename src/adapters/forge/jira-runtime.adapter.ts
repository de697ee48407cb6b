import type { CloudClient } from 'jira.js';
import { DUPLICATE_LINK } from '../../jira/intake/issue-snapshot';
import type { FoundIssues, JiraPort } from '../../ports/jira.port';
import { isJiraRestError } from './jira/jira-rest-error';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { searchJqlPages } from './jira/jql-pager';

// With fields, Jira returns at most 100 issues a page.
const PAGE_SIZE = 100;

/** The JiraPort over a jira.js client; `createForgeJiraPort` gives the one that goes through requestJira as the app. */
export const createJiraPort = (cloud: CloudClient): JiraPort => ({
  async readIssue(issueId, fields) {
    try {
      return await cloud.issues.getIssue({ issueIdOrKey: issueId, fields: [...fields] });
    } catch (error) {
      // Deleted since the event, or out of the app's sight (Jira answers 404 for both).
      if (isJiraRestError(error) && error.status === 404) return null;
      throw error;
    }
  },
  async assign(issueIdOrKey, accountId) {
    await cloud.issues.assignIssue({ issueIdOrKey, accountId });
  },
  async setAppFieldValues(issueId, values) {
    await cloud.issueCustomFieldValuesApps.updateMultipleCustomFieldValues({
      updates: values.map((v) => ({ customField: v.fieldId, issueIds: [Number(issueId)], value: v.value })),
      generateChangelog: false,
      generateAppEvents: false,
    });
  },
  async linkAsDuplicate(issueKey, duplicatedKey) {
    await cloud.issueLinks.linkIssues({ type: { name: DUPLICATE_LINK }, inwardIssue: { key: issueKey }, outwardIssue: { key: duplicatedKey } });
  },
  async searchIssues(jql, fields, maxResults): Promise<FoundIssues> {
    const issues: unknown[] = [];
    let complete = false;
    const bounds = { pageSize: PAGE_SIZE, maxPages: Math.ceil(maxResults / PAGE_SIZE), maxResults };
    for await (const page of searchJqlPages(cloud, { jql, fields }, bounds)) {
      issues.push(...page.issues);
      complete = page.nextPageToken === null;
    }
    return { issues, complete };
  },
});

export const createForgeJiraPort = async (): Promise<JiraPort> => createJiraPort(await createForgeCloudClient('app'));
