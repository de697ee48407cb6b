import type { Complaint } from '../../domain/complaint';
import { CHANNEL_LABELS, NO, YES } from '../provisioning/complaint-fields';
import type { ProjectBinding } from '../provisioning/project-binding';

/** Jira's summary holds at most 255 characters (Java's, UTF-16 units). */
export const MAX_SUMMARY = 255;

/** A complaint the app creates itself: a follow-up, or one a customer raises anonymously through the portal. */
export type ComplaintDraft = Pick<Complaint, 'subject' | 'channel' | 'anonymous' | 'reporterAccountId'> & {
  readonly summary: string;
  /** Plain text, one paragraph a line. */
  readonly description: string;
  /** The Department option to set: the configured department's name, or null (the complaint goes to triage). */
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
 * The fields of `POST /rest/api/3/issue` for a complaint the app creates: the binding's issue type
 * and field ids, each value in the shape Jira takes on create (a select by its option's value, a
 * user picker and the reporter by account id, the description as ADF). Every field named here is
 * on the Register screen (`complaint-screens.ts`), which Jira requires of a create, and the
 * reporter also needs Modify Reporter, which the app holds through Jira's add-on project role.
 * Without a reporter, Jira makes the app's own user the reporter.
 */
export const complaintIssueFields = (binding: ProjectBinding, draft: ComplaintDraft): Record<string, unknown> => {
  const ids = binding.fieldIds;
  const subject = draft.subject;
  return {
    project: { key: binding.projectKey },
    issuetype: { id: binding.issueTypeId },
    summary: fitSummary(draft.summary),
    description: adfOf(draft.description),
    [ids.anonymous]: { value: draft.anonymous ? YES : NO },
    ...(draft.departmentName === null ? {} : { [ids.department]: { value: draft.departmentName } }),
    ...(draft.channel === null ? {} : { [ids.channel]: { value: CHANNEL_LABELS[draft.channel] } }),
    ...(subject?.kind === 'employee' ? { [ids.subjectUser]: { accountId: subject.accountId } } : {}),
    ...(subject?.kind === 'service' ? { [ids.subjectService]: subject.name } : {}),
    ...(draft.reporterAccountId === null ? {} : { reporter: { accountId: draft.reporterAccountId } }),
  };
};
