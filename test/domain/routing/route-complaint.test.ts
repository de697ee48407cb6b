import type { Subject } from '../../../src/domain/complaint';
import { decideRoute } from '../../../src/domain/routing/route-complaint.rules';
import { routingNeed } from '../../../src/domain/routing/routing-stickiness';
import { makeConfig, makeTrailEntry } from '../factories';

const employee = (accountId: string): Subject => ({ kind: 'employee', accountId });
const service: Subject = { kind: 'service', name: 'Invoices' };

const dept = (overrides: Record<string, unknown>) =>
  makeConfig({
    departments: [
      {
        id: 'billing',
        name: 'Billing',
        leadAccountId: 'lead',
        deputyAccountId: 'deputy',
        escalationManagerAccountId: 'escalation',
        ...overrides,
      },
    ],
  });

const TRIAGE = { kind: 'triage', group: 'complaint-advocates' };
const user = (accountId: string) => ({ kind: 'user', accountId });

describe('decideRoute, rule by rule (design.md section 4)', () => {
  it.each([
    // 1. Triage
    { name: 'no department', departmentId: null, subject: service, config: dept({}), target: TRIAGE, reason: 'triage.no_department', routedDept: null },
    { name: 'unknown department', departmentId: 'legal', subject: service, config: dept({}), target: TRIAGE, reason: 'triage.unknown_department', routedDept: null },
    { name: 'no lead configured', departmentId: 'billing', subject: service, config: dept({ leadAccountId: null }), target: TRIAGE, reason: 'triage.no_lead', routedDept: 'billing' },
    // 2. Conflict of interest
    { name: 'complaint about the lead', departmentId: 'billing', subject: employee('lead'), config: dept({}), target: user('escalation'), reason: 'conflict_of_interest.lead', routedDept: 'billing' },
    { name: 'about the lead, no escalation manager', departmentId: 'billing', subject: employee('lead'), config: dept({ escalationManagerAccountId: null }), target: TRIAGE, reason: 'triage.no_escalation_manager', routedDept: 'billing' },
    { name: 'about the lead, who is also the escalation manager', departmentId: 'billing', subject: employee('lead'), config: dept({ escalationManagerAccountId: 'lead' }), target: TRIAGE, reason: 'triage.no_escalation_manager', routedDept: 'billing' },
    // 3. Away
    { name: 'lead away, deputy set', departmentId: 'billing', subject: service, config: dept({ away: true }), target: user('deputy'), reason: 'away.deputy', routedDept: 'billing' },
    { name: 'lead away, about the deputy', departmentId: 'billing', subject: employee('deputy'), config: dept({ away: true }), target: user('escalation'), reason: 'conflict_of_interest.deputy', routedDept: 'billing' },
    { name: 'lead away, no deputy', departmentId: 'billing', subject: service, config: dept({ away: true, deputyAccountId: null }), target: user('lead'), reason: 'away.no_deputy', routedDept: 'billing' },
    { name: 'lead away and the subject: conflict wins over away', departmentId: 'billing', subject: employee('lead'), config: dept({ away: true }), target: user('escalation'), reason: 'conflict_of_interest.lead', routedDept: 'billing' },
    // 4. Lead
    { name: 'service complaint', departmentId: 'billing', subject: service, config: dept({}), target: user('lead'), reason: 'lead', routedDept: 'billing' },
    { name: 'about another employee', departmentId: 'billing', subject: employee('clerk'), config: dept({}), target: user('lead'), reason: 'lead', routedDept: 'billing' },
    { name: 'no subject given', departmentId: 'billing', subject: null, config: dept({}), target: user('lead'), reason: 'lead', routedDept: 'billing' },
    { name: 'deputy set but lead present', departmentId: 'billing', subject: employee('deputy'), config: dept({}), target: user('lead'), reason: 'lead', routedDept: 'billing' },
  ])('$name', ({ departmentId, subject, config, target, reason, routedDept }) => {
    const decision = decideRoute({ departmentId, subject, config });
    expect(decision.target).toEqual(target);
    expect(decision.reason).toBe(reason);
    expect(decision.departmentId).toBe(routedDept);
  });
});

describe('the advocate of a complaint', () => {
  it("is the department's advocate when one is configured", () => {
    const decision = decideRoute({ departmentId: 'billing', subject: service, config: dept({ advocateAccountId: 'ava' }) });
    expect(decision.advocate).toEqual({ kind: 'user', accountId: 'ava' });
  });

  it('is the advocate group otherwise, also in triage', () => {
    const config = makeConfig({ groups: { advocate: 'voice', manager: 'board' } });
    expect(decideRoute({ departmentId: null, subject: null, config }).advocate).toEqual({ kind: 'group', group: 'voice' });
    expect(decideRoute({ departmentId: null, subject: null, config }).target).toEqual({ kind: 'triage', group: 'voice' });
  });
});

describe('routing stickiness', () => {
  it('routes a complaint with no routing on its trail', () => {
    expect(routingNeed([])).toEqual({ route: true, keepAssignee: false });
    expect(routingNeed([makeTrailEntry({ kind: 'reminded' })])).toEqual({ route: true, keepAssignee: false });
  });

  it('does not route twice', () => {
    expect(routingNeed([makeTrailEntry({ kind: 'routed' })])).toEqual({ route: false, because: 'already_routed' });
  });

  it('still routes after a hand-made assignment in Jira, keeping that assignee: an assignment grants nothing', () => {
    expect(routingNeed([makeTrailEntry({ kind: 'rerouted' })])).toEqual({ route: true, keepAssignee: true });
  });

  it('never routes again after routing, whatever the assignments since', () => {
    expect(routingNeed([makeTrailEntry({ kind: 'routed' }), makeTrailEntry({ kind: 'rerouted' })])).toEqual({ route: false, because: 'already_routed' });
  });
});
