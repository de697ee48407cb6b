import type { ComplaintStatus } from '../../domain/complaint';
import { FIELD_KEYS, FORGE_FIELD_KEYS, type AnyFieldKey, type FieldIds } from './complaint-fields';

/**
 * What Set up project made in one project, by Jira id: the runtime reads issue events with it
 * (which custom field is the Department, which status is Measures done).
 */
export interface ProjectBinding {
  readonly projectKey: string;
  readonly issueTypeId: string;
  readonly statusIds: Readonly<Record<ComplaintStatus, string>>;
  readonly fieldIds: FieldIds;
}

/** The complaint status a Jira status id stands for; null for a status the app did not provision. */
export const statusOfId = (binding: ProjectBinding, statusId: string | null | undefined): ComplaintStatus | null => {
  const match = Object.entries(binding.statusIds).find(([, id]) => id === statusId);
  return match === undefined ? null : (match[0] as ComplaintStatus);
};

/**
 * The binding of a project Set up project never ran in: no status or field is known, so a
 * complaint there reads with its status by category and no fields, and goes to triage.
 */
export const unboundBinding = (projectKey: string): ProjectBinding => ({
  projectKey,
  issueTypeId: '',
  statusIds: { registered: '', in_progress: '', measures_done: '', closed: '' },
  fieldIds: Object.fromEntries([...FIELD_KEYS, ...FORGE_FIELD_KEYS].map((key) => [key, ''])) as Record<AnyFieldKey, string>,
});
