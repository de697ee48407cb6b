import { evaluateJql, JqlError, parseJql, type JqlContext, type JqlIssueView } from '../../../sandbox/jira/jql';
import { makeJqlIssue } from './jql-issue';

const ISSUES: readonly JqlIssueView[] = [
  makeJqlIssue({
    id: '10010',
    key: 'CMP-1',
    assigneeAccountId: 'alice',
    created: Date.UTC(2026, 2, 15, 11, 0),
    updated: Date.UTC(2026, 2, 15, 11, 30),
    labels: ['billing', 'Urgent'],
    components: ['Payments'],
    customFields: {
      customfield_10001: { id: '10100', value: 'Billing' },
      customfield_10002: 5,
      customfield_10003: { accountId: 'alice' },
      customfield_10004: '2026-03-20',
      customfield_10005: [{ value: 'A' }, { value: 'B' }],
      customfield_10006: '2026-03-15T10:00:00.000+0000',
      customfield_10008: true,
    },
  }),
  makeJqlIssue({
    id: '10011',
    key: 'CMP-2',
    statusName: 'In Progress',
    statusId: '3',
    statusCategoryKey: 'indeterminate',
    reporterAccountId: 'alice',
    created: Date.UTC(2026, 2, 10, 8, 0),
    updated: Date.UTC(2026, 2, 14, 8, 0),
    customFields: { customfield_10002: 12, customfield_10005: [], customfield_10001: { value: 'Delivery' } },
  }),
  makeJqlIssue({
    id: '10020',
    key: 'CMP-10',
    statusName: 'Done',
    statusId: '10002',
    statusCategoryKey: 'done',
    assigneeAccountId: 'bob',
    resolutionName: 'Fixed',
    created: Date.UTC(2026, 2, 1, 9, 0),
    updated: Date.UTC(2026, 2, 2, 9, 0),
    resolved: Date.UTC(2026, 2, 2, 9, 0),
    labels: ['vip'],
    // A value of a shape the emulator cannot search counts as empty.
    customFields: { customfield_10004: 'not a date', customfield_10002: 'n/a', customfield_10008: { self: 'x' } },
  }),
  makeJqlIssue({
    id: '10005',
    key: 'OPS-3',
    projectKey: 'OPS',
    projectId: '10001',
    projectName: 'Operations',
    issueTypeName: 'Task',
    issueTypeId: '10003',
    assigneeAccountId: 'alice',
    created: Date.UTC(2026, 1, 1),
    updated: Date.UTC(2026, 1, 1),
    customFields: { customfield_10003: [{ accountId: 'carol' }, { accountId: 'alice' }] },
  }),
];

// 2026-03-15 12:00Z is 13:00 in Berlin (CET, UTC+1; summer time starts on 29 March).
const CTX: JqlContext = {
  now: Date.UTC(2026, 2, 15, 12, 0),
  currentAccountId: 'alice',
  timeZone: 'Europe/Berlin',
  knownCustomFieldIds: new Set(['customfield_10001', 'customfield_10002', 'customfield_10003', 'customfield_10004', 'customfield_10005', 'customfield_10006', 'customfield_10008']),
};

const search = (jql: string, ctx: JqlContext = CTX): string[] => {
  const ast = parseJql(jql);
  return ISSUES.filter((issue) => evaluateJql(ast, issue, ctx)).map((issue) => issue.key);
};

const ALL = ['CMP-1', 'CMP-2', 'CMP-10', 'OPS-3'];

describe('evaluateJql: system fields', () => {
  it.each<[string, string[]]>([
    ['project = CMP', ['CMP-1', 'CMP-2', 'CMP-10']],
    ['project = cmp', ['CMP-1', 'CMP-2', 'CMP-10']],
    ['project = "complaints"', ['CMP-1', 'CMP-2', 'CMP-10']],
    ['project = 10001', ['OPS-3']],
    ['project = "10001"', ['OPS-3']],
    ['project in (CMP, Operations)', ALL],
    ['project != CMP', ['OPS-3']],
    ['project = NOPE', []],
    ['project is EMPTY', []],
    ['issuetype = complaint', ['CMP-1', 'CMP-2', 'CMP-10']],
    ['type = 10003', ['OPS-3']],
    ['status = open', ['CMP-1', 'OPS-3']],
    ['status = 3', ['CMP-2']],
    ['status not in (Open, Done)', ['CMP-2']],
    ['statusCategory = "In Progress"', ['CMP-2']],
    ['statusCategory = done', ['CMP-10']],
    ['statusCategory in (new, 3)', ['CMP-1', 'CMP-10', 'OPS-3']],
    ['statusCategory != "to do"', ['CMP-2', 'CMP-10']],
    ['assignee = alice', ['CMP-1', 'OPS-3']],
    ['assignee = currentUser()', ['CMP-1', 'OPS-3']],
    ['reporter = currentUser()', ['CMP-2']],
    ['assignee is EMPTY', ['CMP-2']],
    ['assignee = EMPTY', ['CMP-2']],
    ['assignee is not EMPTY', ['CMP-1', 'CMP-10', 'OPS-3']],
    ['assignee != EMPTY', ['CMP-1', 'CMP-10', 'OPS-3']],
    // Jira's `!=` and NOT IN skip issues where the field is empty; NOT (...) does not.
    ['assignee != alice', ['CMP-10']],
    ['assignee not in (alice)', ['CMP-10']],
    ['NOT assignee = alice', ['CMP-2', 'CMP-10']],
    ['assignee in (EMPTY, bob)', ['CMP-2', 'CMP-10']],
    ['assignee not in (EMPTY, bob)', ['CMP-1', 'OPS-3']],
    ['resolution = Unresolved', ['CMP-1', 'CMP-2', 'OPS-3']],
    ['resolution = "unresolved"', ['CMP-1', 'CMP-2', 'OPS-3']],
    ['resolution != Unresolved', ['CMP-10']],
    ['resolution is not EMPTY', ['CMP-10']],
    ['resolution = fixed', ['CMP-10']],
    ['resolution in (Unresolved, Fixed)', ALL],
    ['resolution = 1', []],
    ['key = cmp-1', ['CMP-1']],
    ['issue = CMP-10', ['CMP-10']],
    ['id = 10020', ['CMP-10']],
    ['id = "10020"', ['CMP-10']],
    ['issuekey in (CMP-1, OPS-3)', ['CMP-1', 'OPS-3']],
    ['key != CMP-1', ['CMP-2', 'CMP-10', 'OPS-3']],
    // Keys compare by number within their project: CMP-10 is after CMP-2.
    ['key > CMP-2', ['CMP-10']],
    ['key <= CMP-2', ['CMP-1', 'CMP-2']],
    ['key < OPS-4', ['OPS-3']],
    ['id > 10010', ['CMP-2', 'CMP-10']],
    ['labels = urgent', ['CMP-1']],
    ['labels in (vip, billing)', ['CMP-1', 'CMP-10']],
    ['labels is EMPTY', ['CMP-2', 'OPS-3']],
    // A multi-value field matches != only when none of its values does, and never when empty.
    ['labels != billing', ['CMP-10']],
    ['labels not in (billing)', ['CMP-10']],
    ['component = payments', ['CMP-1']],
    ['component is EMPTY', ['CMP-2', 'CMP-10', 'OPS-3']],
    ['component = 10000', []],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });
});

describe('evaluateJql: dates against now = 2026-03-15 12:00Z, zone Europe/Berlin', () => {
  it.each<[string, string[]]>([
    // -7d = 2026-03-08 12:00Z: CMP-1 (15th) and CMP-2 (10th) are after it.
    ['created > -7d', ['CMP-1', 'CMP-2']],
    // -2w = 2026-03-01 12:00Z: CMP-10 was created at 09:00Z that day, just before.
    ['created >= -2w', ['CMP-1', 'CMP-2']],
    // -1h = 11:00Z, exactly CMP-1's creation: >= includes it, > does not.
    ['created >= -1h', ['CMP-1']],
    ['created > -1h', []],
    // -30m = 11:30Z, exactly CMP-1's update.
    ['updated >= -30m', ['CMP-1']],
    // "-1w 2d" is 9 days: 2026-03-06 12:00Z.
    ['created > "-1w 2d"', ['CMP-1', 'CMP-2']],
    ['created > "+1d"', []],
    ['updated < now()', ALL],
    // startOfDay() = 2026-03-15 00:00 CET = 2026-03-14 23:00Z.
    ['created >= startOfDay()', ['CMP-1']],
    // startOfDay(-1) = 2026-03-13 23:00Z; CMP-2 was updated on the 14th at 08:00Z.
    ['updated >= startOfDay(-1)', ['CMP-1', 'CMP-2']],
    ['created < startOfDay(-1)', ['CMP-2', 'CMP-10', 'OPS-3']],
    // startOfDay("-1M") = 2026-02-15 00:00 CET = 2026-02-14 23:00Z: OPS-3 (1 Feb) is before it.
    ['created >= startOfDay("-1M")', ['CMP-1', 'CMP-2', 'CMP-10']],
    // endOfDay(-1) = 2026-03-14 23:59:59.999 CET = 22:59:59.999Z: CMP-2's update at 08:00Z is before it.
    ['updated <= endOfDay(-1)', ['CMP-2', 'CMP-10', 'OPS-3']],
    // endOfDay() = 2026-03-15 22:59:59.999Z, after every issue.
    ['created < endOfDay()', ALL],
    // "2026-03-01" = 2026-03-01 00:00 CET = 2026-02-28 23:00Z.
    ['created >= "2026-03-01"', ['CMP-1', 'CMP-2', 'CMP-10']],
    ['created < 2026-03-01', ['OPS-3']],
    // 10:00 CET = 09:00Z, CMP-10's creation; = compares to the minute.
    ['created = "2026/03/01 10:00"', ['CMP-10']],
    ['created != "2026/03/01 10:00"', ['CMP-1', 'CMP-2', 'OPS-3']],
    ['created in ("2026-03-10 09:00", "2026-02-01 01:00")', ['CMP-2', 'OPS-3']],
    // Jira reads a date as midnight: `<=` a day misses what happened during it.
    ['created <= "2026-03-15"', ['CMP-2', 'CMP-10', 'OPS-3']],
    [`created > ${Date.UTC(2026, 2, 5)}`, ['CMP-1', 'CMP-2']],
    ['created is EMPTY', []],
    ['created is not EMPTY', ALL],
    // Resolved (alias resolutionDate) is empty until a resolution is set; 09:00Z is 10:00 in Berlin.
    ['resolved >= "2026-03-01"', ['CMP-10']],
    ['resolutionDate <= "2026-03-02 10:00"', ['CMP-10']],
    ['resolved < "2026-03-02 10:00"', []],
    ['resolved = "2026/03/02 10:00"', ['CMP-10']],
    ['resolved is EMPTY', ['CMP-1', 'CMP-2', 'OPS-3']],
    ['NOT resolved < -1d', ['CMP-1', 'CMP-2', 'OPS-3']],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });
});

describe('evaluateJql: custom fields, by the shape of their values', () => {
  it.each<[string, string[]]>([
    ['cf[10001] = billing', ['CMP-1']],
    ['cf[10001] = 10100', ['CMP-1']],
    ['cf[10001] = "10100"', ['CMP-1']],
    ['customfield_10001 in (Billing, Delivery)', ['CMP-1', 'CMP-2']],
    ['cf[10001] != Billing', ['CMP-2']],
    ['cf[10001] is EMPTY', ['CMP-10', 'OPS-3']],
    ['cf[10002] = 5', ['CMP-1']],
    ['cf[10002] = "5"', ['CMP-1']],
    ['cf[10002] > 4', ['CMP-1', 'CMP-2']],
    ['cf[10002] >= 12', ['CMP-2']],
    ['cf[10002] < "6"', ['CMP-1']],
    ['cf[10002] = "n/a"', ['CMP-10']],
    ['cf[10003] = currentUser()', ['CMP-1', 'OPS-3']],
    ['cf[10003] = carol', ['OPS-3']],
    ['cf[10003] != alice', []],
    ['cf[10004] > now()', ['CMP-1']],
    ['cf[10004] = "2026-03-20"', ['CMP-1']],
    ['cf[10004] = "2026/03/20"', ['CMP-1']],
    ['cf[10004] < "2026/03/21"', ['CMP-1']],
    ['cf[10004] > 1d', ['CMP-1']],
    ['cf[10004] > 4', []],
    // 10:00Z is 11:00 in Berlin.
    ['cf[10006] = "2026-03-15 11:00"', ['CMP-1']],
    ['cf[10006] < startOfDay()', []],
    ['cf[10006] > startOfDay()', ['CMP-1']],
    ['cf[10005] = b', ['CMP-1']],
    ['cf[10005] in (A, C)', ['CMP-1']],
    ['cf[10005] is EMPTY', ['CMP-2', 'CMP-10', 'OPS-3']],
    ['cf[10002] > startOfDay()', []],
    ['cf[10008] = "true"', ['CMP-1']],
    ['cf[10008] is EMPTY', ['CMP-2', 'CMP-10', 'OPS-3']],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });
});

describe('evaluateJql: logic', () => {
  it.each<[string, string[]]>([
    ['', ALL],
    ['order by key', ALL],
    // AND binds tighter than OR.
    ['project = OPS OR project = CMP AND status = Done', ['CMP-10', 'OPS-3']],
    ['(project = OPS OR project = CMP) AND status = Done', ['CMP-10']],
    // NOT binds tighter than AND.
    ['NOT project = CMP AND status = Open', ['OPS-3']],
    ['NOT (project = CMP AND status = Open)', ['CMP-2', 'CMP-10', 'OPS-3']],
    ['project = CMP && status = open || key = OPS-3', ['CMP-1', 'OPS-3']],
    ['!(status = open)', ['CMP-2', 'CMP-10']],
    ['PROJECT = cmp aNd StAtUs In (OPEN)', ['CMP-1']],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });

  it.each<[string, string[]]>([
    ['assignee = currentUser()', []],
    ['assignee in (currentUser(), bob)', ['CMP-10']],
    ['assignee != currentUser()', ['CMP-1', 'CMP-10', 'OPS-3']],
  ])('an anonymous searcher: %s', (jql, keys) => {
    expect(search(jql, { ...CTX, currentAccountId: null })).toEqual(keys);
  });
});

describe('evaluateJql: custom fields the site does not have', () => {
  it.each<[string, string[]]>([
    ['cf[99999] = x', ["Field 'cf[99999]' does not exist or you do not have permission to view it."]],
    [
      'customfield_99999 = x OR cf[99999] = y ORDER BY cf[88888]',
      [
        "Field 'customfield_99999' does not exist or you do not have permission to view it.",
        "Field 'cf[99999]' does not exist or you do not have permission to view it.",
        "Field 'cf[88888]' does not exist or you do not have permission to view it.",
      ],
    ],
  ])('%s', (jql, messages) => {
    const ast = parseJql(jql);
    const issue = ISSUES[0];
    if (issue === undefined) throw new Error('fixture');
    expect(() => evaluateJql(ast, issue, CTX)).toThrow(JqlError);
    expect(() => evaluateJql(ast, issue, CTX)).toThrow(expect.objectContaining({ errorMessages: messages }) as Error);
  });
});
