import type { Complaint } from '../../../src/domain/complaint';
import { responsibleOf, triageDecision } from '../../../src/domain/routing/route-complaint.rules';
import { makeConfig } from '../factories';

// Billing: lead, deputy, escalation manager and advocate. Delivery: lead and escalation manager. Support: nobody.
const config = makeConfig({ groups: { advocate: 'voice', manager: 'board' } });

describe('triageDecision: Jira kept refusing the assignment', () => {
  it("sends the complaint to the advocates' triage, keeping its department and its advocate", () => {
    expect(triageDecision('triage.routing_failed', 'billing', config)).toEqual({
      target: { kind: 'triage', group: 'voice' },
      reason: 'triage.routing_failed',
      advocate: { kind: 'user', accountId: 'advocate-billing' },
      departmentId: 'billing',
    });
  });

  it('names the advocate group as the advocate of a department without its own', () => {
    expect(triageDecision('triage.routing_failed', 'delivery', config)).toEqual({
      target: { kind: 'triage', group: 'voice' },
      reason: 'triage.routing_failed',
      advocate: { kind: 'group', group: 'voice' },
      departmentId: 'delivery',
    });
  });

  it('keeps a complaint without a department without one', () => {
    expect(triageDecision('triage.routing_failed', null, config)).toMatchObject({ advocate: { kind: 'group', group: 'voice' }, departmentId: null });
  });

  it('passes a department id the configuration does not have through as given', () => {
    // decideRoute would report it as null (triage.unknown_department); the use case only passes ids it routed by.
    expect(triageDecision('triage.routing_failed', 'legal', config)).toMatchObject({ advocate: { kind: 'group', group: 'voice' }, departmentId: 'legal' });
  });
});

describe('responsibleOf', () => {
  type Who = Pick<Complaint, 'responsibleAccountId' | 'departmentId' | 'subject'>;
  const unassigned = (overrides: Partial<Who> = {}): Who => ({
    responsibleAccountId: null,
    departmentId: 'billing',
    subject: { kind: 'service', name: 'Invoices' },
    ...overrides,
  });

  it('is the responsible person routing chose, whoever routing would choose now', () => {
    expect(responsibleOf(unassigned({ responsibleAccountId: 'manager-billing' }), config)).toBe('manager-billing');
    expect(responsibleOf(unassigned({ responsibleAccountId: 'manager-billing', departmentId: null }), config)).toBe('manager-billing');
  });

  it('is never the Jira assignee, whom anyone may change', () => {
    expect(responsibleOf({ ...unassigned(), assigneeAccountId: 'registrar-1' } as Who, config)).toBe('lead-billing');
  });

  it.each([
    { name: 'the lead', who: unassigned(), expected: 'lead-billing' },
    { name: 'the escalation manager for a complaint about the lead', who: unassigned({ subject: { kind: 'employee', accountId: 'lead-billing' } }), expected: 'manager-billing' },
    { name: "another department's lead", who: unassigned({ departmentId: 'delivery' }), expected: 'lead-delivery' },
  ])('before routing, is whom routing will choose: $name', ({ who, expected }) => {
    expect(responsibleOf(who, config)).toBe(expected);
  });

  it('before routing, is the deputy when the lead is away', () => {
    const away = makeConfig({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: 'lead-billing', deputyAccountId: 'deputy-billing', away: true }] });
    expect(responsibleOf(unassigned(), away)).toBe('deputy-billing');
  });

  it.each([
    { name: 'without a department', who: unassigned({ departmentId: null }) },
    { name: 'with a department the configuration does not have', who: unassigned({ departmentId: 'legal' }) },
    { name: 'with a department without a lead', who: unassigned({ departmentId: 'support' }) },
  ])('is nobody in triage: $name', ({ who }) => {
    expect(responsibleOf(who, config)).toBeNull();
  });

  it('is nobody in triage: about the lead, in a department without an escalation manager', () => {
    const noManager = makeConfig({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: 'lead-billing' }] });
    expect(responsibleOf(unassigned({ subject: { kind: 'employee', accountId: 'lead-billing' } }), noManager)).toBeNull();
  });
});
