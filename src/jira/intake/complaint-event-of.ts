import { z } from 'zod';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { ComplaintEvent } from '../../domain/intake/complaint-event';
import type { ProjectBinding } from '../provisioning/project-binding';
import { changeEntries } from './change-entries';
import type { IssueEvent } from './issue-event.schema';
import { issueSnapshot } from './issue-snapshot';

const projectSchema = z.object({ key: z.string().min(1) }).loose();

/** The key of the project an issue event names; null if it names none. */
export const projectKeyOf = (event: IssueEvent): string | null => {
  const parsed = projectSchema.safeParse(event.issue.fields.project);
  return parsed.success ? parsed.data.key : null;
};

/**
 * What an issue event tells of its complaint, read through the project's binding: the issue as it
 * stands, and the trail entries of its changelog. Null when the event carries no readable issue.
 */
export const complaintEventOf = (
  event: IssueEvent,
  binding: ProjectBinding,
  config: Pick<AppConfig, 'departments'>,
  projectNotSetUp: boolean,
): ComplaintEvent | null => {
  const snapshot = issueSnapshot(event.issue, binding, config);
  if (snapshot === null) return null;
  const { changelog } = event;
  const entries =
    changelog === undefined
      ? []
      : changeEntries(
          {
            issueId: event.issue.id,
            changelogId: changelog.id ?? `updated:${String(snapshot.updatedAt)}`,
            items: changelog.items,
            at: snapshot.updatedAt,
            actorAccountId: event.atlassianId ?? null,
            selfGenerated: event.selfGenerated ?? false,
            status: snapshot.complaint.status,
          },
          binding,
        );
  return { snapshot, entries, projectNotSetUp };
};
