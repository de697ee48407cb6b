import type { SetupProject } from './setup-shapes';

/** The project Set up project works on, as Jira shows it to the app. One method per Jira call (or paged listing). */
export interface ProjectLookup {
  /** `GET /project/{key}`; null if there is no such project. */
  project(projectKey: string): Promise<SetupProject | null>;
  /** `GET /search/jql` for one issue of the project. */
  projectHasIssues(projectKey: string): Promise<boolean>;
}
