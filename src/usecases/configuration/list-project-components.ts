import type { ProjectComponent } from '../../domain/config/project-component';
import type { ProjectComponentDirectory } from '../../ports/project-components.port';

/** The components an admin may turn into departments, with their leads, from a project they may browse. */
export const listProjectComponents = (directory: ProjectComponentDirectory, projectKey: string): Promise<readonly ProjectComponent[]> =>
  directory.componentsOf(projectKey);
