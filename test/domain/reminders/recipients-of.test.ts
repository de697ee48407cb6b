import type { Complaint } from '../../../src/domain/complaint';
import { recipientsOf } from '../../../src/domain/reminders/recipients-of';
import type { Recipient } from '../../../src/domain/reminders/reminder-plan';
import { makeConfig } from '../factories';

// Billing has an advocate and an escalation manager; Delivery only an escalation manager; Support neither.
const config = makeConfig({ groups: { advocate: 'voice', manager: 'board' } });
type Who = Pick<Complaint, 'departmentId' | 'responsibleAccountId'>;
const billing: Who = { departmentId: 'billing', responsibleAccountId: 'lead-billing' };

const resolve = (roles: readonly Recipient[], complaint: Partial<Who> = {}) => recipientsOf(roles, { ...billing, ...complaint }, config);

describe('recipientsOf: the assignee (the responsible person)', () => {
  it('is the responsible person routing chose, never the Jira assignee', () => {
    expect(resolve(['assignee'])).toEqual({ accountIds: ['lead-billing'], groups: [] });
    const reassigned = { ...billing, assigneeAccountId: 'registrar-1' };
    expect(recipientsOf(['assignee'], reassigned, config)).toEqual({ accountIds: ['lead-billing'], groups: [] });
  });

  it.each([
    { name: "the department's advocate", departmentId: 'billing', to: { accountIds: ['advocate-billing'], groups: [] } },
    { name: 'the advocate group when the department has no advocate', departmentId: 'delivery', to: { accountIds: [], groups: ['voice'] } },
    { name: 'the advocate group in triage', departmentId: null, to: { accountIds: [], groups: ['voice'] } },
  ])('is $name when nobody is responsible', ({ departmentId, to }) => {
    expect(resolve(['assignee'], { departmentId, responsibleAccountId: null })).toEqual(to);
  });
});

describe('recipientsOf: the advocate', () => {
  it.each([
    { name: "the department's own", departmentId: 'billing', to: { accountIds: ['advocate-billing'], groups: [] } },
    { name: 'the group for a department without one', departmentId: 'support', to: { accountIds: [], groups: ['voice'] } },
    { name: 'the group for a department the configuration no longer has', departmentId: 'legal', to: { accountIds: [], groups: ['voice'] } },
    { name: 'the group in triage', departmentId: null, to: { accountIds: [], groups: ['voice'] } },
  ])('is $name', ({ departmentId, to }) => {
    expect(resolve(['advocate'], { departmentId })).toEqual(to);
  });
});

describe('recipientsOf: escalation', () => {
  it.each([
    { name: "the department's escalation manager", departmentId: 'delivery', to: { accountIds: ['manager-ops'], groups: [] } },
    { name: 'the manager group for a department without one', departmentId: 'support', to: { accountIds: [], groups: ['board'] } },
    { name: 'the manager group in triage', departmentId: null, to: { accountIds: [], groups: ['board'] } },
  ])('to the escalation manager reaches $name', ({ departmentId, to }) => {
    expect(resolve(['escalation_manager'], { departmentId })).toEqual(to);
  });

  it('to the manager group reaches the group, even where an escalation manager exists', () => {
    expect(resolve(['manager_group'])).toEqual({ accountIds: [], groups: ['board'] });
  });
});

describe('recipientsOf: several roles', () => {
  it('reaches each once, in the order of the roles', () => {
    expect(resolve(['assignee', 'advocate', 'escalation_manager', 'manager_group'])).toEqual({
      accountIds: ['lead-billing', 'advocate-billing', 'manager-billing'],
      groups: ['board'],
    });
  });

  it('does not repeat the advocate who stands in for a missing responsible person', () => {
    expect(resolve(['assignee', 'advocate'], { responsibleAccountId: null })).toEqual({ accountIds: ['advocate-billing'], groups: [] });
    expect(resolve(['assignee', 'advocate'], { departmentId: 'delivery', responsibleAccountId: null })).toEqual({ accountIds: [], groups: ['voice'] });
  });

  it('does not repeat the manager group that stands in for a missing escalation manager', () => {
    expect(resolve(['escalation_manager', 'manager_group'], { departmentId: 'support' })).toEqual({ accountIds: [], groups: ['board'] });
  });

  it('does not repeat a person who holds two roles', () => {
    const lead = makeConfig({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: 'pat', escalationManagerAccountId: 'pat', advocateAccountId: 'pat' }] });
    expect(recipientsOf(['assignee', 'advocate', 'escalation_manager'], { departmentId: 'billing', responsibleAccountId: 'pat' }, lead)).toEqual({ accountIds: ['pat'], groups: [] });
  });

  it('reaches nobody for no roles', () => {
    expect(resolve([])).toEqual({ accountIds: [], groups: [] });
  });
});
