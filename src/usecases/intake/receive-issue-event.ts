import { complaintEventOf, projectKeyOf } from '../../jira/intake/complaint-event-of';
import type { IssueEvent } from '../../jira/intake/issue-event.schema';
import { unboundBinding } from '../../jira/provisioning/project-binding';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import { handleComplaintEvent, type HandleComplaintEventDeps, type HandledEvent } from './handle-complaint-event';

export interface ReceiveIssueEventDeps extends HandleComplaintEventDeps {
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
}

/**
 * A Complaint's created or updated event, read through its project's binding and handled. A
 * Complaint in a project the app never set up is still not lost: it goes to the advocates'
 * triage. Returns null, after logging why, for an event that names no project or no readable issue.
 */
export const receiveIssueEvent = async (deps: ReceiveIssueEventDeps, event: IssueEvent): Promise<HandledEvent | null> => {
  const project = projectKeyOf(event);
  if (project === null) {
    console.warn(`Complaint ${event.issue.key}: the event names no project`);
    return null;
  }
  const bound = await deps.bindings.load(project);
  if (bound === null) console.warn(`Complaint ${event.issue.key}: project ${project} was not set up by the app; run Set up project there`);
  const binding = bound ?? unboundBinding(project);
  const complaint = complaintEventOf(event, binding, deps.config, bound === null);
  if (complaint === null) {
    console.warn(`Complaint ${event.issue.key}: the event carries no readable issue`);
    return null;
  }
  return handleComplaintEvent(deps, binding, complaint);
};
