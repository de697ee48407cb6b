import { and, compare, eq, FALSE, isSet, num, or, path, str, TRUE, userInGroup, when } from '../../../src/jira/provisioning/jira-expression';

describe('Jira expression builders', () => {
  it.each([
    ['plain', 'Billing', "'Billing'"],
    ['an apostrophe', "O'Brien", "'O\\'Brien'"],
    ['a backslash', 'a\\b', "'a\\\\b'"],
  ])('quotes a string with %s', (_what, value, expected) => {
    expect(str(value)).toBe(expected);
  });

  it('parenthesises compound operands and leaves atoms bare', () => {
    const dept = path('issue', 'customfield_10050', 'value');
    expect(eq(dept, str('Billing'))).toBe("issue.customfield_10050.value == 'Billing'");
    expect(and(isSet(path('issue', 'assignee')), eq(path('user', 'accountId'), str('a1')))).toBe(
      "(issue.assignee != null) && (user.accountId == 'a1')",
    );
    expect(when(eq(num(1), num(1)), TRUE, str('no'))).toBe("(1 == 1) ? true : 'no'");
    expect(compare(path('issue', 'customfield_1'), '>=', num(-1))).toBe('issue.customfield_1 >= -1');
  });

  it.each([
    ['and without parts is true', and(), 'true'],
    ['or without parts is false', or(), 'false'],
    ['true drops out of and', and(TRUE, userInGroup('g')), "user.groups().includes('g')"],
    ['false decides and', and(userInGroup('g'), FALSE), 'false'],
    ['false drops out of or', or(FALSE, userInGroup('g')), "user.groups().includes('g')"],
    ['true decides or', or(userInGroup('g'), TRUE), 'true'],
  ])('simplifies: %s', (_what, expression, expected) => {
    expect(expression).toBe(expected);
  });

  it('quotes group names like any string', () => {
    expect(userInGroup("it's")).toBe("user.groups().includes('it\\'s')");
  });

  it.each([
    ['a path off another variable', () => path('project', 'key')],
    ['a path with an operator in it', () => path('issue', 'a || true')],
    ['a fraction', () => num(1.5)],
  ])('refuses %s', (_what, build) => {
    expect(build).toThrow(RangeError);
  });
});
