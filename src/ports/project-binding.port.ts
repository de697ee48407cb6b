import type { ProjectBinding } from '../jira/provisioning/project-binding';

/** What Set up project bound in each project: the Jira ids the runtime reads complaints by. */
export interface ProjectBindingRepository {
  /** The project's binding; null before Set up project ran there. */
  load(projectKey: string): Promise<ProjectBinding | null>;
  save(binding: ProjectBinding): Promise<void>;
  /** Every bound project's binding, which reconciliation walks. */
  all(): Promise<ProjectBinding[]>;
}
