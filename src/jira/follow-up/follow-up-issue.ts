import type { Complaint } from '../../domain/complaint';
import { CHANNEL_LABELS, NO, YES } from '../provisioning/complaint-fields';
import type { ProjectBinding } from '../provisioning/project-binding';

/** Jira's summary holds at most 255 characters (Java's, UTF-16 units). */
export const MAX_SUMMARY = 255;

/** Jira's own link type for related issues, shipped with every site: "relates to" both ways. */
export const RELATES_LINK = 'Relates';

/** What the follow-up copies of the complaint it follows. */
export type FollowedComplaint = Pick<Complaint, 'issueKey' | 'subject' | 'channel' | 'anonymous' | 'reporterAccountId'> & {
  readonly summary: string;
  /** The Department option to set: the configured department's name, or null (the follow-up goes to triage as its original did). */
  readonly departmentName: string | null;
};

/** Cut to Jira's limit without splitting a surrogate pair, with an ellipsis to show it was cut. */
const fitSummary = (summary: string): string => {
  if (summary.length <= MAX_SUMMARY) return summary;
  let cut = '';
  for (const char of summary) {
    if (cut.length + char.length > MAX_SUMMARY - 1) break;
    cut += char;
  }
  return `${cut}…`;
};

/** A plain text as Atlassian Document Format, one paragraph a line (Jira refuses an empty text node). */
const adfOf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: text.split('\n').map((line) => ({ type: 'paragraph', content: line === '' ? [] : [{ type: 'text', text: line }] })),
});

/**
 * The fields of `POST /rest/api/3/issue` for a follow-up complaint: the binding's issue type and
 * field ids, each value in the shape Jira takes on create (a select by its option's value, a user
 * picker and the reporter by account id, the description as ADF). Every field named here is on
 * the Register screen (`complaint-screens.ts`), which Jira requires of a create, and the reporter
 * also needs Modify Reporter, which the app holds through Jira's add-on project role.
 */
export const followUpIssueFields = (binding: ProjectBinding, original: FollowedComplaint, reason: string): Record<string, unknown> => {
  const ids = binding.fieldIds;
  const subject = original.subject;
  return {
    project: { key: binding.projectKey },
    issuetype: { id: binding.issueTypeId },
    summary: fitSummary(`Follow-up to ${original.issueKey}: ${original.summary}`),
    description: adfOf(`Follow-up to ${original.issueKey}.\n\n${reason}`),
    [ids.anonymous]: { value: original.anonymous ? YES : NO },
    ...(original.departmentName === null ? {} : { [ids.department]: { value: original.departmentName } }),
    ...(original.channel === null ? {} : { [ids.channel]: { value: CHANNEL_LABELS[original.channel] } }),
    ...(subject?.kind === 'employee' ? { [ids.subjectUser]: { accountId: subject.accountId } } : {}),
    ...(subject?.kind === 'service' ? { [ids.subjectService]: subject.name } : {}),
    ...(original.reporterAccountId === null ? {} : { reporter: { accountId: original.reporterAccountId } }),
  };
};
