import type { ProjectComponent } from '../../src/contracts/resolver-contracts';

/** The components of one project set up, as the department's component is chosen from them. */
export interface ProjectComponents {
  readonly project: string;
  readonly components: readonly ProjectComponent[];
}

/**
 * What a department's component can be chosen from: nothing yet (the list is on its way, or no
 * project is set up), the list of every project set up, or nothing because Jira would not give it.
 */
export type ComponentChoices = { readonly state: 'none' } | { readonly state: 'failed' } | { readonly state: 'ready'; readonly projects: readonly ProjectComponents[] };

/** Whether a department's component is among those offered; one that is not stays offered as it is, so the choice never changes it. */
export const isOffered = (projects: readonly ProjectComponents[], componentId: string): boolean => projects.some((p) => p.components.some((c) => c.id === componentId));
