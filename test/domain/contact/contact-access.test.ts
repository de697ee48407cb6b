import { contactAccess } from '../../../src/domain/contact/contact-access';
import { makeComplaint, makeConfig } from '../factories';

const config = makeConfig();
const about = (accountId: string) => makeComplaint({ subject: { kind: 'employee', accountId } });
const person = (accountId: string, groups: string[] = []) => ({ accountId, groups });

describe('who may read and write the contact data of a complaint', () => {
  it.each([
    ['an advocate', person('ann', ['complaint-advocates']), makeComplaint(), { allowed: true }],
    ['an advocate, on an anonymous complaint', person('ann', ['complaint-advocates']), makeComplaint({ anonymous: true }), { allowed: true }],
    ['an advocate, on a complaint about someone else', person('ann', ['complaint-advocates']), about('boris'), { allowed: true }],
    ['an advocate the complaint is about', person('ann', ['complaint-advocates']), about('ann'), { allowed: false, reason: 'subject' }],
    ['a manager', person('max', ['complaint-managers']), makeComplaint({ anonymous: true }), { allowed: false, reason: 'not_advocate' }],
    ['a Jira admin', person('root', ['jira-administrators']), makeComplaint({ anonymous: true }), { allowed: false, reason: 'not_advocate' }],
    ['the lead it is assigned to', person('lead-billing'), makeComplaint({ anonymous: true, assigneeAccountId: 'lead-billing' }), { allowed: false, reason: 'not_advocate' }],
    // The configuration names her Billing's advocate, but she is not in the group Jira keeps.
    ['the department advocate outside the group', person('advocate-billing'), makeComplaint({ anonymous: true }), { allowed: false, reason: 'not_advocate' }],
    ['the registrar who took it', person('registrar-1'), makeComplaint({ anonymous: true, reporterAccountId: 'registrar-1' }), { allowed: false, reason: 'not_advocate' }],
  ])('%s', (_who, who, complaint, expected) => {
    expect(contactAccess(who, complaint, config)).toEqual(expected);
  });

  it('follows the configured advocate group', () => {
    const custom = makeConfig({ groups: { advocate: 'voice-of-customer', manager: 'complaint-managers' } });
    expect([contactAccess(person('ann', ['complaint-advocates']), makeComplaint(), custom), contactAccess(person('vic', ['voice-of-customer']), makeComplaint(), custom)]).toEqual([
      { allowed: false, reason: 'not_advocate' },
      { allowed: true },
    ]);
  });
});
