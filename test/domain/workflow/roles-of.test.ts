import { rolesOf, type Person } from '../../../src/domain/workflow/roles-of';
import { makeComplaint, makeConfig } from '../factories';

const config = makeConfig();
const person = (accountId: string, groups: string[] = [], isJiraAdmin = false): Person => ({ accountId, groups, isJiraAdmin });
const ADVOCATES = ['complaint-advocates'];
const MANAGERS = ['complaint-managers'];

describe('rolesOf', () => {
  // Routed to Billing's lead; the department also names a deputy and its own advocate.
  const billing = makeComplaint({ departmentId: 'billing', responsibleAccountId: 'lead-billing', assigneeAccountId: 'lead-billing' });
  const aboutTheLead = makeComplaint({ subject: { kind: 'employee', accountId: 'lead-billing' }, responsibleAccountId: 'manager-billing' });
  const awayLead = makeComplaint({ responsibleAccountId: 'deputy-billing' });

  it.each([
    { name: 'anyone else', who: person('someone'), complaint: billing, expected: ['registrar'] },
    { name: 'the lead routing chose', who: person('lead-billing'), complaint: billing, expected: ['registrar', 'responsible'] },
    { name: 'the escalation manager after a conflict-of-interest route', who: person('manager-billing'), complaint: aboutTheLead, expected: ['registrar', 'responsible'] },
    { name: 'the lead who is the subject, routed away from', who: person('lead-billing'), complaint: aboutTheLead, expected: ['registrar'] },
    { name: 'the deputy while the lead is present', who: person('deputy-billing'), complaint: billing, expected: ['registrar'] },
    { name: 'the deputy routing chose while the lead is away', who: person('deputy-billing'), complaint: awayLead, expected: ['registrar', 'responsible'] },
    { name: 'the lead while the deputy holds it', who: person('lead-billing'), complaint: awayLead, expected: ['registrar'] },
    { name: 'a member of the advocate group', who: person('ann', ADVOCATES), complaint: billing, expected: ['registrar', 'advocate'] },
    { name: "the department's advocate outside the group", who: person('advocate-billing'), complaint: billing, expected: ['registrar'] },
    { name: 'a member of the manager group', who: person('max', MANAGERS), complaint: billing, expected: ['registrar', 'manager'] },
    { name: 'a Jira admin', who: person('root', ['jira-administrators'], true), complaint: billing, expected: ['registrar', 'admin'] },
    { name: 'anyone before the complaint exists', who: person('lead-billing', ADVOCATES), complaint: null, expected: ['registrar', 'advocate'] },
    { name: 'a complaint in triage: nobody is responsible', who: person('lead-billing'), complaint: makeComplaint({ responsibleAccountId: null }), expected: ['registrar'] },
  ])('$name', ({ who, complaint, expected }) => {
    expect(rolesOf(who, complaint, config)).toEqual(expected);
  });

  it('never follows the Jira assignee: a registrar who assigns herself gains nothing', () => {
    const selfAssigned = makeComplaint({ responsibleAccountId: 'lead-billing', assigneeAccountId: 'registrar-1' });
    expect(rolesOf(person('registrar-1'), selfAssigned, config)).toEqual(['registrar']);
    expect(rolesOf(person('lead-billing'), selfAssigned, config)).toEqual(['registrar', 'responsible']);
  });

  it('never follows the Department field: another department does not move the power', () => {
    const moved = makeComplaint({ departmentId: 'delivery', responsibleAccountId: 'lead-billing' });
    expect(rolesOf(person('lead-delivery'), moved, config)).toEqual(['registrar']);
    expect(rolesOf(person('lead-billing'), moved, config)).toEqual(['registrar', 'responsible']);
  });

  it.each([
    { name: 'an advocate', groups: ADVOCATES },
    { name: 'a manager', groups: MANAGERS },
    { name: 'an advocate and manager', groups: [...ADVOCATES, ...MANAGERS] },
  ])('gives the subject no role on their own complaint, even as $name', ({ groups }) => {
    const aboutAnn = makeComplaint({ subject: { kind: 'employee', accountId: 'ann' }, responsibleAccountId: 'ann' });
    expect(rolesOf(person('ann', groups, true), aboutAnn, config)).toEqual(['registrar', 'admin']);
    expect(rolesOf(person('ann', groups), makeComplaint(), config)).not.toEqual(['registrar']);
  });

  it('follows the configured group names', () => {
    const custom = makeConfig({ groups: { advocate: 'voice-of-customer', manager: 'board' } });
    expect(rolesOf(person('ann', ['complaint-advocates', 'board']), null, custom)).toEqual(['registrar', 'manager']);
  });
});
