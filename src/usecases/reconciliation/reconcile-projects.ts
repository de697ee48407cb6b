import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import { reconcileProject, type ReconcileProjectDeps, type ReconcileResult } from './reconcile-project';

export interface ReconcileProjectsDeps extends ReconcileProjectDeps {
  readonly bindings: Pick<ProjectBindingRepository, 'all' | 'load'>;
}

/** The daily reconciliation of every project Set up project bound, one after another. */
export const reconcileProjects = async (deps: ReconcileProjectsDeps): Promise<ReconcileResult[]> => {
  const results: ReconcileResult[] = [];
  for (const binding of await deps.bindings.all()) results.push(await reconcileProject(deps, binding));
  return results;
};
