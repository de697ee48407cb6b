import { nudgeRecipients, whoMustAct } from '../../../src/domain/workflow/who-must-act';
import { makeComplaint, makeConfig } from '../factories';

describe('whose move an open complaint waits for', () => {
  it('is the responsible person until the measures are done, then the advocate, and nobody once closed', () => {
    expect(whoMustAct('registered')).toBe('assignee');
    expect(whoMustAct('in_progress')).toBe('assignee');
    expect(whoMustAct('measures_done')).toBe('advocate');
    expect(whoMustAct('closed')).toBeNull();
  });
});

describe('whom a nudge reaches', () => {
  const config = makeConfig();

  it('reaches the responsible person, not the Jira assignee, while work is to be done', () => {
    const complaint = makeComplaint({ status: 'in_progress', responsibleAccountId: 'deputy-billing', assigneeAccountId: 'someone-else' });
    expect(nudgeRecipients(complaint, config)).toEqual({ accountIds: ['deputy-billing'], groups: [] });
    expect(nudgeRecipients({ ...complaint, status: 'registered' }, config)).toEqual({ accountIds: ['deputy-billing'], groups: [] });
  });

  it('reaches the advocate group for a complaint in triage, which nobody is responsible for', () => {
    const complaint = makeComplaint({ departmentId: null, responsibleAccountId: null });
    expect(nudgeRecipients(complaint, config)).toEqual({ accountIds: [], groups: [config.groups.advocate] });
  });

  it('reaches the department’s own advocate once the measures are done, else the advocate group', () => {
    expect(nudgeRecipients(makeComplaint({ status: 'measures_done' }), config)).toEqual({ accountIds: ['advocate-billing'], groups: [] });
    const delivery = makeComplaint({ status: 'measures_done', departmentId: 'delivery', responsibleAccountId: 'lead-delivery' });
    expect(nudgeRecipients(delivery, config)).toEqual({ accountIds: [], groups: [config.groups.advocate] });
  });

  it('reaches nobody on a closed complaint', () => {
    expect(nudgeRecipients(makeComplaint({ status: 'closed' }), config)).toEqual({ accountIds: [], groups: [] });
  });
});
