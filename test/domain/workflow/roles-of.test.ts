import { rolesOf, type Person } from '../../../src/domain/workflow/roles-of';
import { makeComplaint, makeConfig } from '../factories';

const config = makeConfig();
const person = (accountId: string, groups: string[] = [], isJiraAdmin = false): Person => ({ accountId, groups, isJiraAdmin });

describe('rolesOf', () => {
  const billing = makeComplaint({ departmentId: 'billing', assigneeAccountId: 'lead-billing' });
  it.each([
    { who: person('someone'), complaint: billing, expected: ['registrar'] },
    { who: person('lead-billing'), complaint: billing, expected: ['registrar', 'lead'] },
    // After a conflict-of-interest route the escalation manager is the responsible person.
    { who: person('manager-billing'), complaint: makeComplaint({ assigneeAccountId: 'manager-billing' }), expected: ['registrar', 'lead'] },
    { who: person('deputy-billing'), complaint: billing, expected: ['registrar', 'deputy'] },
    { who: person('advocate-billing'), complaint: billing, expected: ['registrar', 'advocate'] },
    { who: person('ann', ['complaint-advocates']), complaint: billing, expected: ['registrar', 'advocate'] },
    { who: person('max', ['complaint-managers']), complaint: billing, expected: ['registrar', 'manager'] },
    { who: person('root', ['jira-administrators'], true), complaint: billing, expected: ['registrar', 'admin'] },
    { who: person('lead-billing'), complaint: null, expected: ['registrar'] },
    { who: person('lead-billing'), complaint: makeComplaint({ departmentId: 'delivery', assigneeAccountId: 'lead-delivery' }), expected: ['registrar'] },
  ])('$who.accountId', ({ who, complaint, expected }) => {
    expect(rolesOf(who, complaint, config)).toEqual(expected);
  });

  it('follows the configured group names', () => {
    const custom = makeConfig({ groups: { advocate: 'voice-of-customer', manager: 'board' } });
    expect(rolesOf(person('ann', ['complaint-advocates', 'board']), null, custom)).toEqual(['registrar', 'manager']);
  });
});
