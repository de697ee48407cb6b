import type { NotificationMessage } from '../notifications/notification-message';
import type { RouteDecision } from './route-decision';

/** The trail's record of whom the complaint went to. */
export const routingTarget = (decision: RouteDecision): string =>
  decision.target.kind === 'user' ? `user:${decision.target.accountId}` : `group:${decision.target.group}`;

/** Who hears of the routing: the new assignee and the advocate, or in triage the advocate alone. */
export const routingRecipients = (decision: RouteDecision): { accountIds: string[]; groups: string[] } => {
  const accountIds = new Set<string>();
  const groups = new Set<string>();
  if (decision.target.kind === 'user') accountIds.add(decision.target.accountId);
  else groups.add(decision.target.group);
  if (decision.advocate.kind === 'user') accountIds.add(decision.advocate.accountId);
  else groups.add(decision.advocate.group);
  return { accountIds: [...accountIds], groups: [...groups] };
};

/** What the people routing tells are told. */
export const routingMessage = (decision: RouteDecision): NotificationMessage =>
  decision.target.kind === 'triage' ? { kind: 'triage', routeReason: decision.reason } : { kind: 'routed', routeReason: decision.reason };
