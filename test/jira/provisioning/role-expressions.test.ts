import { rolesCondition } from '../../../src/jira/provisioning/role-expressions';
import { makeConfig } from '../../domain/factories';

const RESPONSIBLE = 'customfield_10039';
const SUBJECT = 'customfield_10051';
const ctx = { config: makeConfig(), responsibleFieldId: RESPONSIBLE, subjectFieldId: SUBJECT };

const notSubject = `issue.${SUBJECT}?.accountId != user.accountId`;
const responsible = `issue.${RESPONSIBLE}?.accountId == user.accountId`;
const advocates = "user.groups.includes('complaint-advocates')";
const managers = "user.groups.includes('complaint-managers')";

describe('role conditions', () => {
  it.each([
    ['registrar: everyone', ['registrar'], 'true'],
    ['responsible: the Responsible field, never the subject', ['responsible'], `${notSubject} && ${responsible}`],
    ['advocate: the group, never the subject', ['advocate'], `${notSubject} && ${advocates}`],
    ['manager: the group, never the subject', ['manager'], `${notSubject} && ${managers}`],
    ['admin, which no expression can test', ['admin'], 'false'],
  ] as const)('%s', (_what, roles, expected) => {
    expect(rolesCondition(roles, ctx)).toBe(expected);
  });

  it('joins several roles with or, inside the one subject test', () => {
    expect(rolesCondition(['responsible', 'advocate'], ctx)).toBe(`${notSubject} && (${responsible} || ${advocates})`);
    expect(rolesCondition(['advocate', 'manager'], ctx)).toBe(`${notSubject} && (${advocates} || ${managers})`);
    expect(rolesCondition(['manager', 'registrar'], ctx)).toBe('true');
  });

  it('reads neither the assignee nor the departments: the same expression for any configuration', () => {
    const thirty = makeConfig({
      departments: Array.from({ length: 30 }, (_, i) => ({ id: `d${String(i)}`, name: `Department ${String(i)}`, leadAccountId: `lead-${String(i)}`, deputyAccountId: `deputy-${String(i)}` })),
    });
    const condition = rolesCondition(['responsible', 'advocate'], { ...ctx, config: thirty });
    expect(condition).toBe(rolesCondition(['responsible', 'advocate'], ctx));
    expect(condition).not.toMatch(/assignee|lead-|deputy-|customfield_10050/);
  });

  it('writes the configured group names into the expression, each once', () => {
    const config = makeConfig({ groups: { advocate: 'cx-champions', manager: 'board' } });
    expect(rolesCondition(['advocate', 'manager'], { ...ctx, config })).toBe(
      `${notSubject} && (user.groups.includes('cx-champions') || user.groups.includes('board'))`,
    );
    const same = makeConfig({ groups: { advocate: 'cx', manager: 'cx' } });
    expect(rolesCondition(['advocate', 'manager'], { ...ctx, config: same })).toBe(`${notSubject} && user.groups.includes('cx')`);
  });
});
