import type { RouteDecision } from '../../../src/domain/routing/route-decision';
import { routingMessage, routingRecipients, routingTarget } from '../../../src/domain/routing/routing-notice';

const toLead: RouteDecision = { target: { kind: 'user', accountId: 'lead' }, reason: 'lead', advocate: { kind: 'user', accountId: 'ava' }, departmentId: 'billing' };
const toTriage: RouteDecision = { target: { kind: 'triage', group: 'complaint-advocates' }, reason: 'triage.no_department', advocate: { kind: 'group', group: 'complaint-advocates' }, departmentId: null };

describe('the notice of a routing', () => {
  it('tells the new assignee and the department’s advocate that it was routed, and why', () => {
    expect(routingRecipients(toLead)).toEqual({ accountIds: ['lead', 'ava'], groups: [] });
    expect(routingMessage(toLead)).toEqual({ kind: 'routed', routeReason: 'lead' });
    expect(routingTarget(toLead)).toBe('user:lead');
  });

  it('tells the advocate group once in triage, though it is both target and advocate', () => {
    expect(routingRecipients(toTriage)).toEqual({ accountIds: [], groups: ['complaint-advocates'] });
    expect(routingMessage(toTriage)).toEqual({ kind: 'triage', routeReason: 'triage.no_department' });
    expect(routingTarget(toTriage)).toBe('group:complaint-advocates');
  });

  it('tells the lead who is also the advocate once', () => {
    expect(routingRecipients({ ...toLead, advocate: { kind: 'user', accountId: 'lead' } })).toEqual({ accountIds: ['lead'], groups: [] });
  });

  it('tells a lead and the advocate group when the department names no advocate', () => {
    expect(routingRecipients({ ...toLead, advocate: { kind: 'group', group: 'complaint-advocates' } })).toEqual({ accountIds: ['lead'], groups: ['complaint-advocates'] });
  });
});
