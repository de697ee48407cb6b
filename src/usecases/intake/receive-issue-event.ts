import { complaintEventOf, projectKeyOf } from '../../jira/intake/complaint-event-of';
import { fieldsToRead } from '../../jira/intake/fields-to-read';
import type { IssueEvent } from '../../jira/intake/issue-event.schema';
import { unboundBinding } from '../../jira/provisioning/project-binding';
import type { JiraPort } from '../../ports/jira.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import { handleComplaintEvent, type HandleComplaintEventDeps, type HandledEvent } from './handle-complaint-event';

/** Reads of one event's complaint before the daily reconciliation is left to heal it. */
export const MAX_READ_ATTEMPTS = 3;
/** When the next read is tried after Jira could not answer one. */
const READ_RETRY_DELAY_MS = [60_000, 5 * 60_000] as const;

export interface ReceiveIssueEventDeps extends HandleComplaintEventDeps {
  readonly jira: HandleComplaintEventDeps['jira'] & Pick<JiraPort, 'readIssue'>;
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
}

export type ReceivedEvent =
  | ({ readonly kind: 'handled' } & HandledEvent)
  /** The event names no project, or its issue is gone or not a complaint the app can read. */
  | { readonly kind: 'ignored'; readonly because: 'no_project' | 'issue_gone' | 'unreadable' }
  | { readonly kind: 'read_retry_scheduled'; readonly attempt: number }
  | { readonly kind: 'read_failed'; readonly attempt: number };

/** Jira could not answer the read: try again later through the queue, up to MAX_READ_ATTEMPTS. */
const retryRead = async (deps: ReceiveIssueEventDeps, event: IssueEvent, attempt: number, error: unknown): Promise<ReceivedEvent> => {
  const delayMs = READ_RETRY_DELAY_MS[attempt - 1];
  if (delayMs === undefined) {
    // The daily reconciliation reads every complaint updated since its last complete pass, so this one is healed within a day.
    console.error(`Complaint ${event.issue.key}: Jira could not be read ${String(attempt)} times; the daily reconciliation will take it in`, error);
    return { kind: 'read_failed', attempt };
  }
  console.warn(`Complaint ${event.issue.key}: Jira could not be read (attempt ${String(attempt)}), trying again later`, error);
  await deps.queue.push([{ kind: 'event', event, attempt: attempt + 1 }], delayMs);
  return { kind: 'read_retry_scheduled', attempt };
};

/**
 * A Complaint's created or updated event. Forge's event carries none of the complaint's own
 * fields, so the complaint is read from Jira with one call, asking for the fields its project's
 * binding names, and handled. A Complaint in a project the app never set up is still not lost: it
 * goes to the advocates' triage. `attempt` counts the reads tried for this event so far, plus one.
 */
export const receiveIssueEvent = async (deps: ReceiveIssueEventDeps, event: IssueEvent, attempt = 1): Promise<ReceivedEvent> => {
  const project = projectKeyOf(event);
  if (project === null) {
    console.warn(`Complaint ${event.issue.key}: the event names no project`);
    return { kind: 'ignored', because: 'no_project' };
  }
  const bound = await deps.bindings.load(project);
  if (bound === null) console.warn(`Complaint ${event.issue.key}: project ${project} was not set up by the app; run Set up project there`);
  const binding = bound ?? unboundBinding(project);
  let issue: unknown;
  try {
    issue = await deps.jira.readIssue(event.issue.id, fieldsToRead(binding));
  } catch (error) {
    return retryRead(deps, event, attempt, error);
  }
  if (issue === null) return { kind: 'ignored', because: 'issue_gone' };
  const complaint = complaintEventOf(event, issue, binding, deps.config, bound === null);
  if (complaint === null) {
    console.warn(`Complaint ${event.issue.key}: Jira's issue is not readable as a complaint`);
    return { kind: 'ignored', because: 'unreadable' };
  }
  return { kind: 'handled', ...(await handleComplaintEvent(deps, binding, complaint)) };
};
