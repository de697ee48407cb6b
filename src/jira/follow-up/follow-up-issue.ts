import type { Complaint } from '../../domain/complaint';
import { complaintIssueFields } from '../create/complaint-issue-fields';
import type { ProjectBinding } from '../provisioning/project-binding';

/** Jira's own link type for related issues, shipped with every site: "relates to" both ways. */
export const RELATES_LINK = 'Relates';

/** What the follow-up copies of the complaint it follows. */
export type FollowedComplaint = Pick<Complaint, 'issueKey' | 'subject' | 'channel' | 'anonymous' | 'reporterAccountId'> & {
  readonly summary: string;
  /** The Department option to set: the configured department's name, or null (the follow-up goes to triage as its original did). */
  readonly departmentName: string | null;
};

/** The fields of `POST /rest/api/3/issue` for a follow-up complaint: the original's, with the reason in its description. */
export const followUpIssueFields = (binding: ProjectBinding, original: FollowedComplaint, reason: string): Record<string, unknown> =>
  complaintIssueFields(binding, {
    ...original,
    summary: `Follow-up to ${original.issueKey}: ${original.summary}`,
    description: `Follow-up to ${original.issueKey}.\n\n${reason}`,
  });
