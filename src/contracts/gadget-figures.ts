import type { ComplaintStatus } from '../domain/complaint';
import type { DashboardView } from '../domain/metrics/dashboard-view';

/**
 * The Jira ids that the gadget's links to Jira's issue search name: JQL matches ids exactly,
 * where a name could match another project's issue type, status or field of the same name.
 */
export interface ComplaintSearchIds {
  readonly issueTypeId: string;
  readonly statusIds: Readonly<Record<ComplaintStatus, string>>;
  /** As JQL names a custom field: `customfield_10050`. */
  readonly departmentFieldId: string;
}

/** One view of the gadget, and the ids its links need; null before Set up project ran in any of its projects. */
export type GadgetFigures = DashboardView & { readonly search: ComplaintSearchIds | null };

/** A department as the gadget's edit mode offers it. */
export interface GadgetDepartment {
  readonly id: string;
  readonly name: string;
}
