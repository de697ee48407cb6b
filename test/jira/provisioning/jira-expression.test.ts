import { and, compare, eq, FALSE, isSet, isUnset, num, optional, or, path, str, today, trimmed, TRUE, userInGroup, when } from '../../../src/jira/provisioning/jira-expression';

describe('Jira expression builders', () => {
  it.each([
    ['plain', 'Billing', "'Billing'"],
    ['an apostrophe', "O'Brien", "'O\\'Brien'"],
    ['a backslash', 'a\\b', "'a\\\\b'"],
  ])('quotes a string with %s', (_what, value, expected) => {
    expect(str(value)).toBe(expected);
  });

  it('leaves comparisons bare under && and ||, whose operands they bind tighter than', () => {
    const dept = path('issue', 'customfield_10050', 'value');
    expect(eq(dept, str('Billing'))).toBe("issue.customfield_10050.value == 'Billing'");
    expect(and(isSet(path('issue', 'assignee')), eq(path('user', 'accountId'), str('a1')))).toBe("issue.assignee != null && user.accountId == 'a1'");
    expect(or(isUnset(path('issue', 'dueDate')), compare(path('issue', 'dueDate'), '>=', today()))).toBe('issue.dueDate == null || issue.dueDate >= new CalendarDate()');
    expect(compare(path('issue', 'customfield_1'), '>=', num(-1))).toBe('issue.customfield_1 >= -1');
  });

  it('parenthesises && inside ||, so no reader has to rank them, and joins like operators flat', () => {
    const a = eq(path('user', 'accountId'), str('a'));
    const b = eq(path('user', 'accountId'), str('b'));
    expect(or(and(a, b), a)).toBe("(user.accountId == 'a' && user.accountId == 'b') || user.accountId == 'a'");
    expect(and(or(a, b), a)).toBe("(user.accountId == 'a' || user.accountId == 'b') && user.accountId == 'a'");
    expect(or(or(a, b), a)).toBe("user.accountId == 'a' || user.accountId == 'b' || user.accountId == 'a'");
    expect(and(and(a, b), a)).toBe("user.accountId == 'a' && user.accountId == 'b' && user.accountId == 'a'");
  });

  it('parenthesises a compound comparison operand and a conditional’s compound test and branches', () => {
    const a = eq(path('user', 'accountId'), str('a'));
    expect(eq(a, FALSE)).toBe("(user.accountId == 'a') == false");
    expect(when(eq(num(1), num(1)), TRUE, str('no'))).toBe("1 == 1 ? true : 'no'");
    expect(when(and(a, a), a, when(a, TRUE, FALSE))).toBe(
      "(user.accountId == 'a' && user.accountId == 'a') ? (user.accountId == 'a') : (user.accountId == 'a' ? true : false)",
    );
    // A string holding operators is one atom.
    expect(eq(path('user', 'accountId'), str("a || b ? c : (d) && 'e'"))).toBe("user.accountId == 'a || b ? c : (d) && \\'e\\''");
  });

  it('reads a property through optional chaining', () => {
    expect(optional(path('issue', 'assignee'), 'accountId')).toBe('issue.assignee?.accountId');
    expect(eq(optional(path('issue', 'customfield_10050'), 'value'), str('Billing'))).toBe("issue.customfield_10050?.value == 'Billing'");
  });

  it('reads the issue before the transition screen’s edits, and trims a text', () => {
    expect(compare(path('issue', 'customfield_10060'), '!=', path('originalIssue', 'customfield_10060'))).toBe('issue.customfield_10060 != originalIssue.customfield_10060');
    expect(compare(trimmed(path('issue', 'customfield_10060')), '!=', str(''))).toBe("issue.customfield_10060.trim() != ''");
    expect(() => trimmed(eq(path('user', 'accountId'), str('a')))).toThrow(RangeError);
    expect(() => path('project', 'key')).toThrow(RangeError);
  });

  it.each([
    ['and without parts is true', and(), 'true'],
    ['or without parts is false', or(), 'false'],
    ['true drops out of and', and(TRUE, userInGroup('g')), "user.groups.includes('g')"],
    ['false decides and', and(userInGroup('g'), FALSE), 'false'],
    ['false drops out of or', or(FALSE, userInGroup('g')), "user.groups.includes('g')"],
    ['true decides or', or(userInGroup('g'), TRUE), 'true'],
  ])('simplifies: %s', (_what, expression, expected) => {
    expect(expression).toBe(expected);
  });

  it('reads the user’s groups as the List property Jira documents, not as a method, and quotes their names', () => {
    expect(userInGroup('complaint-advocates')).toBe("user.groups.includes('complaint-advocates')");
    expect(userInGroup("it's")).toBe("user.groups.includes('it\\'s')");
  });

  it.each([
    ['a path off another variable', () => path('project', 'key')],
    ['a path with an operator in it', () => path('issue', 'a || true')],
    ['a fraction', () => num(1.5)],
    ['optional chaining off a compound expression', () => optional(isSet(path('issue', 'assignee')), 'accountId')],
    ['optional chaining to something not a name', () => optional(path('issue', 'assignee'), 'a b')],
  ])('refuses %s', (_what, build) => {
    expect(build).toThrow(RangeError);
  });
});
