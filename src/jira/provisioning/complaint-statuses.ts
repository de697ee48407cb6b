import type { ComplaintStatus } from '../../domain/complaint';

export type StatusCategory = 'TODO' | 'IN_PROGRESS' | 'DONE';

export interface StatusSpec {
  readonly name: string;
  readonly category: StatusCategory;
  readonly description: string;
}

/**
 * The workflow's statuses (design.md section 3). "Measures done" sits in the In Progress category
 * on purpose: a complaint is not finished until the advocate has spoken to the customer.
 * Jira's status names are unique on a site, so an existing status of the same name (in any
 * letter case) and category is reused, as Jira's own "In Progress" usually is.
 */
export const COMPLAINT_STATUSES: Readonly<Record<ComplaintStatus, StatusSpec>> = {
  registered: { name: 'Registered', category: 'TODO', description: 'The complaint is registered and routed; the lead has not started work yet.' },
  in_progress: { name: 'In progress', category: 'IN_PROGRESS', description: 'The department is working on its measures.' },
  measures_done: {
    name: 'Measures done',
    category: 'IN_PROGRESS',
    description: 'The department has acted; the advocate still has to call the customer.',
  },
  closed: { name: 'Closed', category: 'DONE', description: 'The advocate has closed the complaint.' },
};

/** Where an existing issue lands when its type moves onto the complaint workflow: by status category. */
export const STATUS_FOR_CATEGORY: Readonly<Record<StatusCategory, ComplaintStatus>> = {
  TODO: 'registered',
  IN_PROGRESS: 'in_progress',
  DONE: 'closed',
};

export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
