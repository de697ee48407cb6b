import { inputContextOf } from '../../domain/workflow/action-input';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { departmentOf } from '../../domain/routing/advocate-of';
import { mayPerform, type Denial } from '../../domain/workflow/may-perform';
import { rolesOf, type Person } from '../../domain/workflow/roles-of';
import { followUpIssueFields } from '../../jira/follow-up/follow-up-issue';
import { summaryOf } from '../../jira/intake/issue-summary';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { ContactDataStore } from '../../ports/contact-data.port';
import type { JiraPort } from '../../ports/jira.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';
import { checkContactAccess } from '../contact/check-contact-access';
import { recordContactData } from '../contact/record-contact-data';
import { indexCreatedComplaint, type IndexCreatedComplaintDeps } from '../intake/index-created-complaint';
import { rescheduleComplaint } from '../scheduling/reschedule-complaint';

/** The longest reason a follow-up keeps, as for the other reasons the panel asks for. */
export const MAX_FOLLOW_UP_REASON = 1000;

/** The trail's reason code on the original complaint. */
export const FOLLOW_UP_OPENED = 'follow_up.opened';

export interface OpenFollowUpDeps extends IndexCreatedComplaintDeps {
  readonly jira: Pick<JiraPort, 'readIssue' | 'createIssue' | 'linkAsRelated'>;
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
  readonly contacts: Pick<ContactDataStore, 'get' | 'save'>;
  readonly config: AppConfig;
}

export type FollowUpRefusal =
  | Denial
  | { readonly code: 'unknown_complaint' | 'project_not_set_up' }
  /** A follow-up was opened for this closed cycle already. */
  | { readonly code: 'already_opened' }
  /** Someone else changed the complaint as this call began; trying again settles it. */
  | { readonly code: 'busy' };

export type FollowUpOutcome = { readonly kind: 'opened'; readonly issueKey: string } | { readonly kind: 'refused'; readonly refusal: FollowUpRefusal };

const refused = (refusal: FollowUpRefusal): FollowUpOutcome => ({ kind: 'refused', refusal });

/**
 * The follow-up's index row carries `followUpOf` whichever comes first, this call or the new
 * issue's created event: Jira's issue knows nothing of it, so the snapshot can never bring it,
 * and `mergeSnapshot` keeps what the row has. If the event has not made the row yet, the row is
 * made here (`indexCreatedComplaint`); either way `followUpOf` is then set with the row's
 * optimistic version, so a write of the event in between is re-read and kept.
 */
const markFollowUp = async (deps: OpenFollowUpDeps, binding: ProjectBinding, created: { id: string; key: string }, followed: string): Promise<void> => {
  await indexCreatedComplaint(deps, binding, created.id);
  await rescheduleComplaint(deps, created.id, () => ({ followUpOf: followed }));
};

/** The customer's contact data goes with them to the follow-up, recorded as the advocate's own act there. */
const copyContact = async (deps: OpenFollowUpDeps, caller: Person, fromIssueId: string, toIssueId: string): Promise<void> => {
  const contact = await deps.contacts.get(fromIssueId);
  if (contact === null) return;
  const access = await checkContactAccess(deps, caller, toIssueId);
  if (!access.ok) return;
  const { name, email, phone, preferredChannel, note } = contact;
  await recordContactData(deps, access.grant, { name, email, phone, preferredChannel, note });
};

/**
 * An advocate opens a follow-up complaint from a closed one, with a reason (design.md sections
 * 3, 6): a new Complaint in the same project, as the app, with the original's department,
 * subject, channel, anonymity and customer (as reporter) and the reason in its description;
 * linked to the original with Jira's Relates link; with the original's contact data; its index
 * row marked `followUpOf` (for the dashboard's follow-up rate). Its created event routes it as
 * any complaint. The original's trail gets `follow_up_opened`, keyed by the closed cycle
 * (`follow-up:<reopens>`), so each cycle has one follow-up: a second call is refused. Two calls
 * at once are told apart by the original row's version, which one of them claims before
 * creating anything. A call that fails after Jira created the issue leaves that issue (routed by
 * its event, but not on the original's trail); a retry would then create another one.
 */
export const openFollowUp = async (deps: OpenFollowUpDeps, caller: Person, request: { readonly issueId: string; readonly reason: string }): Promise<FollowUpOutcome> => {
  const { store, config } = deps;
  const row = await store.getComplaint(request.issueId);
  if (row === null) return refused({ code: 'unknown_complaint' });
  const reason = request.reason.trim();
  const decision = mayPerform({
    action: 'open_follow_up',
    roles: rolesOf(caller, row, config),
    status: row.status,
    input: { reason },
    ...inputContextOf(config, deps.clock.now()),
  });
  if (!decision.allowed) return refused(decision.denial);
  if (reason.length > MAX_FOLLOW_UP_REASON) return refused({ code: 'invalid_input', input: 'reason', problem: 'out_of_range' });
  const key = `follow-up:${String(row.reopens)}`;
  if ((await store.trailOf(row.issueId)).some((e) => e.key === key)) return refused({ code: 'already_opened' });
  const binding = await deps.bindings.load(row.projectKey);
  if (binding === null) return refused({ code: 'project_not_set_up' });
  const summary = summaryOf(await deps.jira.readIssue(row.issueId, ['summary']));
  if (summary === null) return refused({ code: 'unknown_complaint' });
  const claimed: ComplaintRecord = { ...row, version: row.version + 1 };
  if (!(await store.saveComplaint(claimed, row.version))) return refused({ code: 'busy' });

  const departmentName = departmentOf(config, row.departmentId)?.name ?? null;
  const created = await deps.jira.createIssue(followUpIssueFields(binding, { ...row, summary, departmentName }, reason));
  await markFollowUp(deps, binding, created, row.issueKey);
  await deps.jira.linkAsRelated(created.key, row.issueKey);
  await copyContact(deps, caller, row.issueId, created.id);
  const entry: KeyedTrailEntry = {
    key,
    issueId: row.issueId,
    at: deps.clock.now(),
    kind: 'follow_up_opened',
    actorAccountId: caller.accountId,
    reason: FOLLOW_UP_OPENED,
    recipients: [],
    status: row.status,
    note: reason,
  };
  await store.appendTrail([entry]);
  return { kind: 'opened', issueKey: created.key };
};
