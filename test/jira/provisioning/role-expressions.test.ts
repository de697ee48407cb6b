import { rolesCondition } from '../../../src/jira/provisioning/role-expressions';
import { makeConfig } from '../../domain/factories';

const DEPT = 'customfield_10050';
const ctx = { config: makeConfig(), departmentFieldId: DEPT };

// The factory's departments: Billing (lead, deputy, advocate), Delivery (lead), Support (nobody).
const billing = `issue.${DEPT}?.value == 'Billing'`;
const delivery = `issue.${DEPT}?.value == 'Delivery'`;
const assignee = 'issue.assignee?.accountId == user.accountId';

describe('role conditions', () => {
  it.each([
    ['registrar', ['registrar'], 'true'],
    ['manager', ['manager'], "user.groups.includes('complaint-managers')"],
    ['deputy', ['deputy'], `${billing} && user.accountId == 'deputy-billing'`],
    [
      'lead: the assignee or a department lead',
      ['lead'],
      `${assignee} || (${billing} && user.accountId == 'lead-billing') || (${delivery} && user.accountId == 'lead-delivery')`,
    ],
    ['advocate: the group or the department advocate', ['advocate'], `user.groups.includes('complaint-advocates') || (${billing} && user.accountId == 'advocate-billing')`],
    ['admin, which no expression can test', ['admin'], 'false'],
  ] as const)('%s', (_what, roles, expected) => {
    expect(rolesCondition(roles, ctx)).toBe(expected);
  });

  it('tests each department once, for all the people who hold one of the roles there', () => {
    expect(rolesCondition(['lead', 'deputy', 'advocate'], ctx)).toBe(
      `${assignee} || user.groups.includes('complaint-advocates') || (${billing} && ['lead-billing', 'deputy-billing', 'advocate-billing'].includes(user.accountId)) || (${delivery} && user.accountId == 'lead-delivery')`,
    );
  });

  it('names a person who holds two roles in a department once', () => {
    const config = makeConfig({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: 'pat', deputyAccountId: 'pat' }] });
    expect(rolesCondition(['lead', 'deputy'], { config, departmentFieldId: DEPT })).toBe(`${assignee} || (${billing} && user.accountId == 'pat')`);
  });

  it('joins several roles with or, and anyone makes it true', () => {
    expect(rolesCondition(['advocate', 'manager'], ctx)).toBe(
      `user.groups.includes('complaint-advocates') || user.groups.includes('complaint-managers') || (${billing} && user.accountId == 'advocate-billing')`,
    );
    expect(rolesCondition(['manager', 'registrar'], ctx)).toBe('true');
  });

  it('writes the configured group names into the expression, each once', () => {
    const config = makeConfig({ groups: { advocate: 'cx-champions', manager: 'board' }, departments: [] });
    expect(rolesCondition(['advocate', 'manager'], { config, departmentFieldId: DEPT })).toBe("user.groups.includes('cx-champions') || user.groups.includes('board')");
    const same = makeConfig({ groups: { advocate: 'cx', manager: 'cx' }, departments: [] });
    expect(rolesCondition(['advocate', 'manager'], { config: same, departmentFieldId: DEPT })).toBe("user.groups.includes('cx')");
  });
});
