import { forgeKeyValueStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { issueSnapshot } from '../../jira/intake/issue-snapshot';
import { unboundBinding } from '../../jira/provisioning/project-binding';
import { handleComplaintEvent } from '../../usecases/intake/handle-complaint-event';
import { loadProjectBinding } from '../../adapters/forge/kvs/project-binding.repository';
import { createForgeComplaintRuntime } from '../wiring/runtime.wiring';
import { issueEventSchema } from './issue-event.schema';

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
  const { issue, changelog, atlassianId, selfGenerated } = parsed.data;
  const project = (issue.fields.project as { key?: unknown } | undefined)?.key;
  if (typeof project !== 'string') {
    console.warn(`Complaint ${issue.key}: the event names no project`);
    return;
  }
  const bound = await loadProjectBinding(forgeKeyValueStore, project);
  // A Complaint in a project the app never set up is still not lost: it goes to the advocates' triage.
  if (bound === null) console.warn(`Complaint ${issue.key}: project ${project} was not set up by the app; run Set up project there`);
  const binding = bound ?? unboundBinding(project);
  const runtime = await createForgeComplaintRuntime();
  const snapshot = issueSnapshot(issue, binding, runtime.config);
  if (snapshot === null) {
    console.warn(`Complaint ${issue.key}: the event carries no readable issue`);
    return;
  }
  const change =
    changelog === undefined
      ? null
      : {
          issueId: issue.id,
          changelogId: changelog.id ?? `updated:${String(snapshot.updatedAt)}`,
          items: changelog.items,
          at: snapshot.updatedAt,
          actorAccountId: atlassianId ?? null,
          selfGenerated: selfGenerated ?? false,
        };
  const handled = await handleComplaintEvent(runtime, binding, { snapshot, change, projectNotSetUp: bound === null });
  console.info('Complaint event', issue.key, parsed.data.eventType.split(':')[2], `route: ${handled.route?.kind ?? 'unchanged'}; notified: ${handled.notified.join(', ') || 'nobody'}`);
};
