import { parseISO } from 'date-fns';
import * as z from 'zod';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { ComplaintEvent } from '../../domain/intake/complaint-event';
import { statusOfId, type ProjectBinding } from '../provisioning/project-binding';
import { changeEntries } from './change-entries';
import type { IssueEvent } from './issue-event.schema';
import { issueSnapshot } from './issue-snapshot';

/** The few of the event's own fields the app reads: Forge sends only summary, issuetype, creator, created, project, reporter, assignee, updated and status. */
const eventFieldsSchema = z
  .object({
    project: z.object({ key: z.string().min(1) }).loose().optional().catch(undefined),
    status: z.object({ id: z.string() }).loose().optional().catch(undefined),
    updated: z.string().optional().catch(undefined),
  })
  .loose();

/** The key of the project an issue event names; null if it names none. */
export const projectKeyOf = (event: IssueEvent): string | null => eventFieldsSchema.parse(event.issue.fields).project?.key ?? null;

const timeOf = (iso: string | undefined): number | null => {
  const ms = iso === undefined ? NaN : parseISO(iso).getTime();
  return Number.isNaN(ms) ? null : ms;
};

/**
 * What an issue event tells of its complaint: the issue as the app read it from Jira (the event
 * carries none of the complaint's own fields), and the trail entries of the event's changelog,
 * dated and placed by the event's own `updated` and `status`, since the read may be of a later
 * moment. Null when the read issue is not readable as a complaint.
 */
export const complaintEventOf = (
  event: IssueEvent,
  issue: unknown,
  binding: ProjectBinding,
  config: Pick<AppConfig, 'departments'>,
  projectNotSetUp: boolean,
): ComplaintEvent | null => {
  const snapshot = issueSnapshot(issue, binding, config);
  if (snapshot === null) return null;
  const { changelog } = event;
  if (changelog === undefined) return { snapshot, entries: [], projectNotSetUp };
  const own = eventFieldsSchema.parse(event.issue.fields);
  const at = timeOf(own.updated) ?? snapshot.updatedAt;
  const entries = changeEntries(
    {
      issueId: event.issue.id,
      changelogId: changelog.id ?? `updated:${String(at)}`,
      items: changelog.items.map((item) => ({ field: item.field, fieldId: item.fieldId, from: item.from, to: item.to, toText: item.toString })),
      at,
      actorAccountId: event.atlassianId ?? null,
      selfGenerated: event.selfGenerated ?? false,
      status: statusOfId(binding, own.status?.id) ?? snapshot.complaint.status,
    },
    binding,
  );
  return { snapshot, entries, projectNotSetUp };
};
