import {
  evaluate,
  ExprCalendarDate,
  ExprDate,
  ExpressionEvaluationError,
  ExpressionSyntaxError,
  JiraObject,
  parseExpression,
  type Value,
} from '../../../sandbox/jira/expressions';

/** 2026-03-02T09:00Z, a Monday; in Europe/London it is 09:00 the same day, in Pacific/Auckland 22:00. */
const NOW = Date.UTC(2026, 2, 2, 9, 0);

const user = new JiraObject(
  'User',
  { accountId: () => 'u-advocate', groups: () => ['complaint-advocates', 'jira-servicemanagement-users'] },
  { groups: () => ['complaint-advocates', 'jira-servicemanagement-users'] },
);
const lead = new JiraObject('User', { accountId: () => 'u-lead' });
const issue = new JiraObject('Issue', {
  id: () => 10001,
  assignee: () => lead,
  reporter: () => null,
  summary: () => '  Charged twice ',
  customfield_10050: () => ({ id: '10100', value: 'Billing' }),
  customfield_10051: () => new ExprCalendarDate('2026-03-02'),
  customfield_10052: () => 4,
  customfield_10053: () => null,
  labels: () => ['refund', 'urgent'],
  properties: () => ({ complaint: { deputy: 'u-deputy', level: 2 } }),
  created: () => new ExprDate(NOW - 86_400_000),
});
const scope = (timeZone = 'Europe/London', variables: Record<string, Value> = {}) => ({
  variables: { user, issue, config: { threshold: 3, groups: ['complaint-managers'] }, ...variables },
  now: NOW,
  timeZone,
});
const run = (text: string, timeZone?: string): Value => evaluate(parseExpression(text), scope(timeZone));

describe('the expression subset evaluates', () => {
  it.each<[string, Value]>([
    ['true', true],
    ["'it\\'s'.length", 4],
    ['"a" + "b" + 1', 'ab1'],
    ['1 + 2 * 3', 7], // 2 * 3 = 6, then 1 + 6 = 7: * binds tighter
    ['(1 + 2) * 3', 9],
    ['10 % 4 - -1', 3], // 10 % 4 = 2, 2 - (-1) = 3
    ["user.accountId == 'u-advocate'", true],
    ["user.groups().includes('complaint-advocates')", true],
    ["user.groups.includes('complaint-managers')", false],
    ['issue.assignee.accountId', 'u-lead'],
    ['issue.reporter?.accountId', null],
    ['issue.reporter?.accountId.length', null], // the ?. short-circuits the rest of the chain
    ['issue.reporter == null', true],
    ["issue.customfield_10050.value == 'Billing'", true],
    ['issue.customfield_10050.missing', null], // a Map answers null for a key it lacks
    ['issue.customfield_10053 != null', false],
    ['issue.customfield_10052 >= 1 && issue.customfield_10052 <= 5', true],
    ['issue.summary.trim().length > 0', true],
    ["issue.properties['complaint'].deputy", 'u-deputy'],
    ['issue.properties.complaint.level >= config.threshold', false], // 2 >= 3 is false
    ["issue.labels.some(l => l == 'urgent') && issue.labels.every((l) => l.length > 2)", true],
    ["issue.labels.filter(l => l.startsWith('r')).map(l => l.toUpperCase())", ['REFUND']],
    ["['a', 'b'].includes('b') ? 'yes' : 'no'", 'yes'],
    ['false || !true ? 1 : 2', 2], // (false || false) ? 1 : 2
    ['issue.labels[1]', 'urgent'],
    ['issue.labels[-1]', 'urgent'],
    ['config.groups[0]', 'complaint-managers'],
    ['issue.created < new Date()', true],
    ['new Date().getTime()', NOW],
    ["new CalendarDate() == new CalendarDate('2026-03-02')", true],
    // The deadline is today in London: a Date compares with a CalendarDate by the day it falls on.
    ['issue.customfield_10051 >= new Date()', true],
    ['issue.customfield_10051 >= new CalendarDate()', true],
    ["issue.customfield_10051 < new CalendarDate('2026-03-03')", true],
    ['new Date().toCalendarDate().toString()', '2026-03-02'],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it('reads "today" in the caller’s time zone', () => {
    // 09:00Z on 2 March is 22:00 on 2 March in Auckland (UTC+13) and 01:00 on 2 March in Los Angeles (UTC-8).
    expect(run("new CalendarDate() == new CalendarDate('2026-03-02')", 'Pacific/Auckland')).toBe(true);
    const evening = { ...scope('Pacific/Auckland'), now: Date.UTC(2026, 2, 2, 12, 0) }; // 12:00Z = 01:00 on 3 March in Auckland
    expect(evaluate(parseExpression('new CalendarDate().toString()'), evening)).toBe('2026-03-03');
  });

  it('short-circuits && and || before the right side could fail', () => {
    expect(run('issue.reporter != null && issue.reporter.accountId == user.accountId')).toBe(false);
    expect(run('issue.reporter == null || issue.reporter.accountId == user.accountId')).toBe(true);
  });
});

describe('anything outside the subset is a clear syntax error', () => {
  it.each<[string, string]>([
    ['a === b', "line 1, column 3: '===' is not supported; use '=='"],
    ['a !== b', "line 1, column 3: '!==' is not supported; use '!='"],
    ['issue.summary = 1', "line 1, column 15: unexpected character '='"],
    ['issue.', "line 1, column 7: expected a name but found the end of the expression"],
    ["'open", 'line 1, column 1: unterminated string literal'],
    ['(1 + 2', "line 1, column 7: expected ')' but found the end of the expression"],
    ['1 2', "line 1, column 3: unexpected '2' after the expression"],
    ['new Issue(1)', "line 1, column 1: 'new Issue' is not supported"],
    ['includes(1)', 'line 1, column 9: only methods can be called, as in `list.includes(x)`'],
    ['`x`', "line 1, column 1: unexpected character '`'"],
    ["'a\\q'", "line 1, column 3: unsupported escape '\\q'"],
    ['a ? b', "line 1, column 6: expected ':' but found the end of the expression"],
    ['true &&\n  ', 'line 2, column 3: unexpected end of the expression'],
  ])('%s', (text, message) => {
    expect(() => parseExpression(text)).toThrow(ExpressionSyntaxError);
    expect(() => parseExpression(text)).toThrow(`Jira expression syntax error at ${message}`);
  });
});

describe('evaluation errors say what failed and where', () => {
  it.each<[string, string]>([
    ['issue.reporter.accountId', "line 1, column 15: cannot read 'accountId' of null; use '?.' where a value may be missing"],
    ['issue.nothing', "line 1, column 6: Issue has no property or method 'nothing'"],
    ['unknown == 1', "line 1, column 1: unknown identifier 'unknown'"],
    ["1 && true", "line 1, column 3: the left side of '&&' must be a Boolean, not Number"],
    ['!issue.summary', "line 1, column 1: the operand of '!' must be a Boolean, not String"],
    ["'a' < 1", 'line 1, column 5: cannot compare String with Number'],
    ['issue.labels.some(1)', 'line 1, column 13: some() needs an arrow function, as in x => x != null'],
    ["issue.labels.some(l => l)", 'line 1, column 13: the function given to some() must return a Boolean'],
    ["new CalendarDate('March')", 'line 1, column 1: new CalendarDate() takes no argument or a YYYY-MM-DD String'],
    ['user.groups().nope()', "line 1, column 14: List has no property or method 'nope'"],
  ])('%s', (text, message) => {
    expect(() => run(text)).toThrow(ExpressionEvaluationError);
    expect(() => run(text)).toThrow(`Jira expression evaluation failed at ${message}`);
  });
});
