import { rolesCondition } from '../../../src/jira/provisioning/role-expressions';
import { makeConfig } from '../../domain/factories';

const DEPT = 'customfield_10050';
const ctx = { config: makeConfig(), departmentFieldId: DEPT };

// The factory's departments: Billing (lead, deputy, advocate), Delivery (lead), Support (nobody).
const inBilling = `(issue.${DEPT} != null) && (issue.${DEPT}.value == 'Billing')`;
const inDelivery = `(issue.${DEPT} != null) && (issue.${DEPT}.value == 'Delivery')`;
const assignee = '(issue.assignee != null) && (issue.assignee.accountId == user.accountId)';

describe('role conditions', () => {
  it.each([
    ['registrar', ['registrar'], 'true'],
    ['manager', ['manager'], "user.groups().includes('complaint-managers')"],
    ['deputy', ['deputy'], `(${inBilling}) && (user.accountId == 'deputy-billing')`],
    [
      'lead: the assignee or a department lead',
      ['lead'],
      // The department leads form one operand of their own.
      `(${assignee}) || (((${inBilling}) && (user.accountId == 'lead-billing')) || ((${inDelivery}) && (user.accountId == 'lead-delivery')))`,
    ],
    [
      'advocate: the group or the department advocate',
      ['advocate'],
      `(user.groups().includes('complaint-advocates')) || ((${inBilling}) && (user.accountId == 'advocate-billing'))`,
    ],
    ['admin, which no expression can test', ['admin'], 'false'],
  ] as const)('%s', (_what, roles, expected) => {
    expect(rolesCondition(roles, ctx)).toBe(expected);
  });

  it('joins several roles with or, and anyone makes it true', () => {
    expect(rolesCondition(['advocate', 'manager'], ctx)).toBe(
      `(${rolesCondition(['advocate'], ctx)}) || (${rolesCondition(['manager'], ctx)})`,
    );
    expect(rolesCondition(['manager', 'registrar'], ctx)).toBe('true');
  });

  it('writes the configured group names into the expression', () => {
    const config = makeConfig({ groups: { advocate: 'cx-champions', manager: 'board' }, departments: [] });
    expect(rolesCondition(['advocate', 'manager'], { config, departmentFieldId: DEPT })).toBe(
      "(user.groups().includes('cx-champions')) || (user.groups().includes('board'))",
    );
  });
});
