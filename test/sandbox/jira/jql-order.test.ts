import { compareByOrder, JqlError, parseJql, validateJql, type JqlContext, type JqlIssueView } from '../../../sandbox/jira/jql';
import { makeJqlIssue } from './jql-issue';

const T0 = Date.UTC(2026, 0, 1);
const T1 = Date.UTC(2026, 0, 2);
const T2 = Date.UTC(2026, 0, 3);

// Ids run against key order on purpose, so a tie broken by id is visible.
const ISSUES: readonly JqlIssueView[] = [
  makeJqlIssue({
    id: '4',
    key: 'CMP-2',
    created: T1,
    assigneeAccountId: 'bob',
    labels: ['b'],
    customFields: { customfield_10002: 5, customfield_10007: '2026-02-01' },
  }),
  makeJqlIssue({
    id: '3',
    key: 'CMP-10',
    created: T2,
    updated: T2,
    issueTypeName: 'Bug',
    statusName: 'Done',
    statusCategoryKey: 'done',
    resolutionName: 'Fixed',
    components: ['Web'],
    customFields: { customfield_10002: 3, customfield_10007: { value: 'zeta' } },
  }),
  makeJqlIssue({
    id: '2',
    key: 'CMP-9',
    created: T2,
    assigneeAccountId: 'alice',
    statusName: 'In Progress',
    statusCategoryKey: 'indeterminate',
    labels: ['z', 'a'],
    components: ['App', 'Api'],
    customFields: { customfield_10007: 7 },
  }),
  makeJqlIssue({
    id: '1',
    key: 'OPS-1',
    projectName: 'Operations',
    created: T0,
    assigneeAccountId: 'alice',
    statusName: 'open',
    reporterAccountId: 'carol',
    customFields: { customfield_10007: [{ accountId: 'dave' }] },
  }),
];

const CTX: JqlContext = {
  now: Date.UTC(2026, 0, 10),
  currentAccountId: null,
  timeZone: 'UTC',
  knownCustomFieldIds: new Set(['customfield_10002', 'customfield_10007']),
};

const sorted = (jql: string): string[] => [...ISSUES].sort(compareByOrder(parseJql(jql), CTX)).map((i) => i.key);

describe('compareByOrder', () => {
  it.each<[string, string[]]>([
    // No ORDER BY: Jira's default, key descending; keys compare by project, then by number.
    ['', ['OPS-1', 'CMP-10', 'CMP-9', 'CMP-2']],
    ['project = CMP', ['OPS-1', 'CMP-10', 'CMP-9', 'CMP-2']],
    ['order by key', ['CMP-2', 'CMP-9', 'CMP-10', 'OPS-1']],
    ['order by issuekey desc', ['OPS-1', 'CMP-10', 'CMP-9', 'CMP-2']],
    // created defaults to DESC; CMP-10 and CMP-9 tie at T2 and fall back to ascending id (2 before 3).
    ['order by created', ['CMP-9', 'CMP-10', 'CMP-2', 'OPS-1']],
    ['order by created asc', ['OPS-1', 'CMP-2', 'CMP-9', 'CMP-10']],
    ['order by created desc, key desc', ['CMP-10', 'CMP-9', 'CMP-2', 'OPS-1']],
    ['order by updated desc, key asc', ['CMP-10', 'CMP-2', 'CMP-9', 'OPS-1']],
    // Multi-key: project name ascending, then key descending inside each project.
    ['order by project, key desc', ['CMP-10', 'CMP-9', 'CMP-2', 'OPS-1']],
    // An empty field sorts after every value when ascending, so first when descending.
    // alice holds OPS-1 (id 1) and CMP-9 (id 2): the tie keeps ascending id in both directions.
    ['order by assignee', ['OPS-1', 'CMP-9', 'CMP-2', 'CMP-10']],
    ['order by assignee desc', ['CMP-10', 'CMP-2', 'OPS-1', 'CMP-9']],
    ['order by reporter desc, key', ['OPS-1', 'CMP-2', 'CMP-9', 'CMP-10']],
    ['order by resolution', ['CMP-10', 'OPS-1', 'CMP-9', 'CMP-2']],
    // To Do, In Progress, Done.
    ['order by statusCategory', ['OPS-1', 'CMP-2', 'CMP-9', 'CMP-10']],
    ['order by statusCategory desc', ['CMP-10', 'CMP-9', 'OPS-1', 'CMP-2']],
    // Status names ignore case: "open" and "Open" tie, then ascending id.
    ['order by status asc', ['CMP-10', 'CMP-9', 'OPS-1', 'CMP-2']],
    ['order by type asc, key', ['CMP-10', 'CMP-2', 'CMP-9', 'OPS-1']],
    // Labels sort by their sorted list: "a,z" before "b".
    ['order by labels', ['CMP-9', 'CMP-2', 'OPS-1', 'CMP-10']],
    ['order by component, key', ['CMP-9', 'CMP-10', 'CMP-2', 'OPS-1']],
    ['order by cf[10002] desc', ['OPS-1', 'CMP-9', 'CMP-2', 'CMP-10']],
    ['order by customfield_10002 asc', ['CMP-10', 'CMP-2', 'OPS-1', 'CMP-9']],
    // Mixed shapes: numbers and dates (2026-02-01 as epoch ms) before text; a date is a large number.
    ['order by cf[10007]', ['CMP-9', 'CMP-2', 'OPS-1', 'CMP-10']],
  ])('%j', (jql, keys) => {
    expect(sorted(jql)).toEqual(keys);
  });

  it('refuses an ORDER BY on a custom field the site does not have', () => {
    const ast = parseJql('order by cf[99999]');
    expect(() => compareByOrder(ast, CTX)).toThrow(JqlError);
    expect(() => {
      validateJql(ast, CTX);
    }).toThrow("Field 'cf[99999]' does not exist or you do not have permission to view it.");
  });

  it('accepts the custom fields the site has', () => {
    expect(() => {
      validateJql(parseJql('cf[10002] > 1 order by cf[10007]'), CTX);
    }).not.toThrow();
  });
});
