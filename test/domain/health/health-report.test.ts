import { parseConfig } from '../../../src/domain/config/parse-config';
import { departmentsWithoutLead, peopleFindings } from '../../../src/domain/health/health-report';

const config = parseConfig({
  departments: [
    { id: 'billing', name: 'Billing', leadAccountId: 'boris', deputyAccountId: 'gone', advocateAccountId: 'ava' },
    { id: 'legal', name: 'Legal', escalationManagerAccountId: 'mia' },
  ],
});

describe('the health findings', () => {
  it('names the departments without a lead', () => {
    expect(departmentsWithoutLead(config)).toEqual(['Legal']);
  });

  it('finds people Jira knows no longer, and those who may not be assigned in a project, per role and project', () => {
    const assignable = new Map([
      ['CMP', new Set(['boris', 'mia'])],
      ['HR', new Set(['boris', 'ava', 'mia'])],
    ]);
    expect(peopleFindings(config, new Set(['boris', 'ava', 'mia']), assignable)).toEqual([
      { accountId: 'gone', departmentName: 'Billing', role: 'deputyAccountId', problem: 'inactive', projectKey: null },
      { accountId: 'ava', departmentName: 'Billing', role: 'advocateAccountId', problem: 'not_assignable', projectKey: 'CMP' },
    ]);
  });

  it('finds nothing when everyone is active and assignable', () => {
    expect(peopleFindings(config, new Set(['boris', 'gone', 'ava', 'mia']), new Map([['CMP', new Set(['boris', 'gone', 'ava', 'mia'])]]))).toEqual([]);
  });
});
