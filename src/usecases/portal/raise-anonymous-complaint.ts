import type { ContactDetails, ContactRecord } from '../../domain/contact/contact-data';
import { departmentOf } from '../../domain/routing/advocate-of';
import { complaintIssueFields } from '../../jira/create/complaint-issue-fields';
import type { AnonymousComplaintLinks } from '../../ports/anonymous-complaints.port';
import type { ContactDataStore } from '../../ports/contact-data.port';
import type { JiraPort } from '../../ports/jira.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import { contactTrailEntry } from '../contact/contact-trail-entry';
import { indexCreatedComplaint, type IndexCreatedComplaintDeps } from '../intake/index-created-complaint';

export interface RaiseAnonymousComplaintDeps extends IndexCreatedComplaintDeps {
  readonly jira: Pick<JiraPort, 'readIssue' | 'createIssue'>;
  readonly bindings: Pick<ProjectBindingRepository, 'all'>;
  readonly contacts: Pick<ContactDataStore, 'save'>;
  readonly links: Pick<AnonymousComplaintLinks, 'add'>;
}

export interface AnonymousComplaintRequest {
  /** The customer, from the Forge context. */
  readonly accountId: string;
  readonly summary: string;
  readonly description: string;
  /** A configured department, or null for triage. */
  readonly departmentId: string | null;
  readonly contact: ContactDetails;
}

export type RaiseAnonymousOutcome =
  | { readonly kind: 'raised'; readonly issueKey: string }
  | { readonly kind: 'refused'; readonly refusal: 'project_not_set_up' | 'unknown_department' };

/**
 * A customer raises a complaint anonymously through the portal's profile panel (README "Anonymous
 * complaints from the portal"). The app creates it as its own user, so Jira's reporter and creator
 * are the app, with Channel = portal, Anonymous = Yes and the department if given, in the project
 * Set up project ran on (the first by key when it ran on several). Who raised it is kept only in
 * the secret store: the link that lets the customer follow it, and the contact data with their
 * account, which only advocates read. The trail says the app recorded contact data, not whose.
 * The contact data comes first: it names the customer, so a failure before the link leaves the
 * complaint's customer findable by the advocates and its erasure complete. The created event
 * routes it as any complaint, and the index has it at once.
 */
export const raiseAnonymousComplaint = async (deps: RaiseAnonymousComplaintDeps, request: AnonymousComplaintRequest): Promise<RaiseAnonymousOutcome> => {
  const department = request.departmentId === null ? null : departmentOf(deps.config, request.departmentId);
  if (department === undefined) return { kind: 'refused', refusal: 'unknown_department' };
  const [binding] = [...(await deps.bindings.all())].sort((a, b) => a.projectKey.localeCompare(b.projectKey));
  if (binding === undefined) return { kind: 'refused', refusal: 'project_not_set_up' };
  const created = await deps.jira.createIssue(
    complaintIssueFields(binding, {
      summary: request.summary,
      description: request.description,
      anonymous: true,
      channel: 'portal',
      departmentName: department?.name ?? null,
      subject: null,
      reporterAccountId: null,
    }),
  );
  const at = deps.clock.now();
  const record: ContactRecord = { ...request.contact, recordedBy: request.accountId, recordedAt: at, customerAccountId: request.accountId };
  await deps.contacts.save(created.id, record);
  await deps.links.add(request.accountId, { issueId: created.id, issueKey: created.key, raisedAt: at });
  await indexCreatedComplaint(deps, binding, created.id);
  await deps.store.appendTrail([contactTrailEntry({ issueId: created.id, status: 'registered' }, null, 'recorded', at)]);
  return { kind: 'raised', issueKey: created.key };
};
