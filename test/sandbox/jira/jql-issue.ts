import type { JqlIssueView } from '../../../sandbox/jira/jql';

/**
 * An issue as the JQL evaluator sees it: an Open Complaint in the project its key names,
 * reported by bob on 1 January 2026, with nothing else set. Override any part.
 */
export const makeJqlIssue = (overrides: Partial<JqlIssueView> & Pick<JqlIssueView, 'id' | 'key'>): JqlIssueView => ({
  projectKey: overrides.key.split('-')[0] ?? '',
  projectId: '10000',
  projectName: 'Complaints',
  issueTypeName: 'Complaint',
  issueTypeId: '10100',
  statusName: 'Open',
  statusId: '1',
  statusCategoryKey: 'new',
  assigneeAccountId: null,
  reporterAccountId: 'bob',
  resolutionName: null,
  created: Date.UTC(2026, 0, 1),
  updated: Date.UTC(2026, 0, 1),
  resolved: null,
  labels: [],
  components: [],
  customFields: {},
  ...overrides,
});
