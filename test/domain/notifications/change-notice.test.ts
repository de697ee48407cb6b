import type { TrailEntry } from '../../../src/domain/complaint';
import { changeNotice } from '../../../src/domain/notifications/change-notice';
import { makeComplaint, makeConfig } from '../factories';

// Billing has a lead, deputy, escalation manager and advocate; Delivery a lead and an escalation manager; Support nobody.
const config = makeConfig();
const ADVOCATES = 'complaint-advocates';
const returned = { kind: 'returned', status: 'in_progress' } as const;
const reopened = { kind: 'reopened', status: 'in_progress' } as const;
const measuresDone = { kind: 'transitioned', status: 'measures_done' } as const;

describe('who hears of a status change: pinned', () => {
  it.each([
    ['returned for rework', returned, { kind: 'returned' }],
    ['reopened', reopened, { kind: 'reopened' }],
  ] as const)('%s: the responsible person routing chose, and nobody else', (_name, entry, message) => {
    expect(changeNotice(entry, makeComplaint({ responsibleAccountId: 'lead-billing' }), config)).toEqual({ to: { accountIds: ['lead-billing'], groups: [] }, message });
    expect(changeNotice(entry, makeComplaint({ responsibleAccountId: 'deputy-billing' }), config)?.to).toEqual({ accountIds: ['deputy-billing'], groups: [] });
    // Whoever a person assigned it to in Jira is not told: the assignee grants nothing.
    expect(changeNotice(entry, makeComplaint({ responsibleAccountId: 'lead-billing', assigneeAccountId: 'someone-else' }), config)?.to).toEqual({ accountIds: ['lead-billing'], groups: [] });
  });

  it.each([
    ['the department’s lead', makeComplaint({ responsibleAccountId: null }), { accountIds: ['lead-billing'], groups: [] }],
    ['the escalation manager, when the complaint is about the lead', makeComplaint({ responsibleAccountId: null, subject: { kind: 'employee', accountId: 'lead-billing' } }), { accountIds: ['manager-billing'], groups: [] }],
    ['the advocate group, in triage', makeComplaint({ responsibleAccountId: null, departmentId: null }), { accountIds: [], groups: [ADVOCATES] }],
    ['the advocate group, for a department without a lead', makeComplaint({ responsibleAccountId: null, departmentId: 'support' }), { accountIds: [], groups: [ADVOCATES] }],
  ])('returned before the routing was recorded: whom routing chooses, %s', (_name, complaint, to) => {
    expect(changeNotice(returned, complaint, config)?.to).toEqual(to);
  });

  it.each([
    ['the department’s own advocate', 'billing', { accountIds: ['advocate-billing'], groups: [] }],
    ['the advocate group, where the department has none', 'delivery', { accountIds: [], groups: [ADVOCATES] }],
    ['the advocate group, in triage', null, { accountIds: [], groups: [ADVOCATES] }],
  ])('measures done: %s, never the lead', (_name, departmentId, to) => {
    expect(changeNotice(measuresDone, makeComplaint({ departmentId, responsibleAccountId: 'lead-billing' }), config)).toEqual({ to, message: { kind: 'measures_done' } });
  });

  it.each<[string, Pick<TrailEntry, 'kind' | 'status'>]>([
    ['a re-route a person made in Jira (a new assignee or Department)', { kind: 'rerouted', status: 'registered' }],
    ['the start of work', { kind: 'transitioned', status: 'in_progress' }],
    ['a close', { kind: 'closed', status: 'closed' }],
    ['a routing (its own notice says it)', { kind: 'routed', status: 'registered' }],
  ])('%s tells nobody', (_name, entry) => {
    expect(changeNotice(entry, makeComplaint(), config)).toBeNull();
  });
});
