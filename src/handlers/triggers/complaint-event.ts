import { issueEventSchema } from '../../jira/intake/issue-event.schema';
import { receiveIssueEvent } from '../../usecases/intake/receive-issue-event';
import { runtimeDeps } from '../wiring/runtime.wiring';

/**
 * `avi:jira:created:issue` and `avi:jira:updated:issue`, filtered to Complaints in the manifest. A transition
 * arrives as an update with the status change in the changelog. A malformed event is logged and dropped:
 * retrying cannot fix its shape, and the daily reconciliation reads the complaint from Jira anyway.
 */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed issue event', parsed.error.issues);
    return;
  }
  const received = await receiveIssueEvent(await runtimeDeps(), parsed.data);
  const outcome = received.kind === 'handled' ? `route: ${received.route?.kind ?? 'unchanged'}; messages: ${JSON.stringify(received.messages)}` : received.kind;
  console.info('Complaint event', parsed.data.issue.key, parsed.data.eventType.split(':')[2], outcome);
};
