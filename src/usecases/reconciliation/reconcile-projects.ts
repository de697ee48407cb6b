import { passToRun, withPass, type PassStart } from '../../domain/reconciliation/reconciliation-pass';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { ReconciliationStateRepository } from '../../ports/reconciliation-state.port';
import type { WorkQueue } from '../../ports/work-queue.port';
import type { Clock } from '../../ports/clock.port';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { learnConfiguredLanguages, type LearnConfiguredLanguagesDeps } from '../notifications/learn-configured-languages';

export interface ReconcileProjectsDeps extends LearnConfiguredLanguagesDeps {
  readonly config: Pick<AppConfig, 'departments'>;
  readonly bindings: Pick<ProjectBindingRepository, 'all'>;
  readonly reconciliations: ReconciliationStateRepository;
  readonly queue: WorkQueue;
  readonly clock: Clock;
}

export interface StartedReconciliation {
  readonly projectKey: string;
  readonly kind: PassStart['kind'];
}

/**
 * The daily reconciliation: for every project Set up project bound, a pass from the project's
 * watermark starts (or a pass whose chain of jobs broke is taken up where it stopped) as a
 * `reconcile` job on the queue, which does the reading; a pass still under way is left to its jobs.
 * It also renews the configured people's languages before they go stale, so that routing never
 * has to ask Jira for them (`learnConfiguredLanguages`).
 */
export const reconcileProjects = async (deps: ReconcileProjectsDeps): Promise<StartedReconciliation[]> => {
  const started: StartedReconciliation[] = [];
  for (const binding of await deps.bindings.all()) {
    const { projectKey } = binding;
    const state = await deps.reconciliations.load(projectKey);
    const now = deps.clock.now();
    const run = passToRun(state, now);
    started.push({ projectKey, kind: run.kind });
    if (run.kind === 'running') continue;
    // Stored first: the job runs only if it carries the stored pass.
    await deps.reconciliations.save(projectKey, withPass(state, run.pass, now));
    await deps.queue.push([{ kind: 'reconcile', projectKey, pass: run.pass, attempt: 1 }]);
  }
  await learnConfiguredLanguages(deps, deps.config);
  return started;
};
