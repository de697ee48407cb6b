import type { CloudCalls } from './jira/jira-calls';
import { AppError } from '../../domain/app-error';
import { RELATES_LINK } from '../../jira/follow-up/follow-up-issue';
import { DUPLICATE_LINK } from '../../jira/intake/issue-snapshot';
import type { FoundIssues, JiraPort } from '../../ports/jira.port';
import { isJiraRestError } from './jira/jira-rest-error';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { searchJqlPages } from './jira/jql-pager';

// With fields, Jira returns at most 100 issues a page.
const PAGE_SIZE = 100;
/** Histories a bulk changelog page holds (Jira's default; it allows 10,000). */
const CHANGELOG_PAGE = 1000;
/** Complaints' histories are short: this many pages for one call's issues means something is wrong. */
const MAX_CHANGELOG_PAGES = 20;

/** The JiraPort over a jira.js client; `createForgeJiraPort` gives the one that goes through requestJira as the app. */
export const createJiraPort = (cloud: CloudCalls): JiraPort => ({
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
  async setOptionOverridingScreens(issueId, fieldId, optionValue) {
    await cloud.issues.editIssue({ issueIdOrKey: issueId, fields: { [fieldId]: { value: optionValue } }, overrideScreenSecurity: true });
  },
  async linkAsDuplicate(issueKey, duplicatedKey) {
    await cloud.issueLinks.linkIssues({ type: { name: DUPLICATE_LINK }, inwardIssue: { key: issueKey }, outwardIssue: { key: duplicatedKey } });
  },
  async createIssue(fields) {
    const created = await cloud.issues.createIssue({ fields: { ...fields } as Parameters<CloudCalls['issues']['createIssue']>[0]['fields'] });
    return { id: created.id, key: created.key };
  },
  async linkAsRelated(issueKey, otherKey) {
    await cloud.issueLinks.linkIssues({ type: { name: RELATES_LINK }, inwardIssue: { key: issueKey }, outwardIssue: { key: otherKey } });
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
  async changelogs(issueIds, fieldIds) {
    const byIssue = new Map<string, unknown[]>();
    if (issueIds.length === 0) return byIssue;
    let nextPageToken: string | undefined;
    for (let page = 1; page <= MAX_CHANGELOG_PAGES; page += 1) {
      const answer = await cloud.issues.getBulkChangelogs({
        issueIdsOrKeys: [...issueIds],
        fieldIds: [...fieldIds],
        maxResults: CHANGELOG_PAGE,
        ...(nextPageToken === undefined ? {} : { nextPageToken }),
      });
      for (const log of answer.issueChangeLogs ?? []) {
        if (log.issueId !== undefined) byIssue.set(log.issueId, [...(byIssue.get(log.issueId) ?? []), ...(log.changeHistories ?? [])]);
      }
      nextPageToken = answer.nextPageToken ?? undefined;
      if (nextPageToken === undefined) return byIssue;
    }
    // Half a history would be taken for the whole one, and its missing changes for never made.
    throw new AppError('JIRA_ERROR', `The changelogs of ${String(issueIds.length)} issues ran past ${String(MAX_CHANGELOG_PAGES)} pages`);
  },
});

export const createForgeJiraPort = async (): Promise<JiraPort> => createJiraPort(await createForgeCloudClient('app'));
