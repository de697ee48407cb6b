import { isAbout, type Complaint } from '../complaint';
import { advocateOf, departmentOf } from './advocate-of';
import type { RouteDecision, RouteQuery, RouteReason } from './route-decision';

/**
 * Chooses where a complaint goes, by the rules of design.md section 4 in their order:
 * triage, conflict of interest, away (deputy), lead. The first match wins.
 */
export const decideRoute = ({ departmentId, subject, config }: RouteQuery): RouteDecision => {
  const dept = departmentOf(config, departmentId);
  const advocate = advocateOf(dept, config.groups.advocate);
  const triage = (reason: RouteReason, known: boolean): RouteDecision => ({
    target: { kind: 'triage', group: config.groups.advocate },
    reason,
    advocate,
    departmentId: known ? (dept?.id ?? null) : null,
  });
  const to = (accountId: string, reason: RouteReason): RouteDecision => ({
    target: { kind: 'user', accountId },
    reason,
    advocate,
    departmentId: dept?.id ?? null,
  });
  // Conflict of interest goes to the escalation manager; if they are the subject too, only triage is impartial.
  const escalate = (reason: RouteReason): RouteDecision => {
    const manager = dept?.escalationManagerAccountId;
    return manager && !isAbout(subject, manager) ? to(manager, reason) : triage('triage.no_escalation_manager', true);
  };

  if (departmentId === null) return triage('triage.no_department', false);
  if (!dept) return triage('triage.unknown_department', false);
  if (!dept.leadAccountId) return triage('triage.no_lead', true);

  const lead = dept.leadAccountId;
  if (isAbout(subject, lead)) return escalate('conflict_of_interest.lead');
  if (dept.away) {
    const deputy = dept.deputyAccountId;
    if (!deputy) return to(lead, 'away.no_deputy');
    return isAbout(subject, deputy) ? escalate('conflict_of_interest.deputy') : to(deputy, 'away.deputy');
  }
  return to(lead, 'lead');
};

/**
 * Triage for a reason outside the rules: Jira kept refusing the assignment, or the complaint is
 * in a project the app has not set up and cannot read. The advocates take it rather than it
 * waiting unrouted.
 */
export const triageDecision = (
  reason: Extract<RouteReason, 'triage.routing_failed' | 'triage.project_not_set_up'>,
  departmentId: string | null,
  config: RouteQuery['config'],
): RouteDecision => ({
  target: { kind: 'triage', group: config.groups.advocate },
  reason,
  advocate: advocateOf(departmentOf(config, departmentId), config.groups.advocate),
  departmentId,
});

/**
 * Who is responsible for a complaint now: the person routing chose, or, while it waits for
 * routing, whom routing will choose. Null in triage. Never the Jira assignee, whom anyone may
 * change. Lets a message reach the lead even when the event that sets it off is handled before
 * the routing.
 */
export const responsibleOf = (complaint: Pick<Complaint, 'responsibleAccountId' | 'departmentId' | 'subject'>, config: RouteQuery['config']): string | null => {
  if (complaint.responsibleAccountId !== null) return complaint.responsibleAccountId;
  const { target } = decideRoute({ departmentId: complaint.departmentId, subject: complaint.subject, config });
  return target.kind === 'user' ? target.accountId : null;
};
