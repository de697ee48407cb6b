import type { ProjectComponent } from '../domain/config/project-component';

/** A project's components, asked of Jira as the admin who imports them, so they see only what Jira lets them browse. */
export interface ProjectComponentDirectory {
  /**
   * Every component of the project, in Jira's order.
   * @throws AppError NOT_FOUND when there is no such project, or the admin may not browse it.
   */
  componentsOf(projectKey: string): Promise<readonly ProjectComponent[]>;
}
