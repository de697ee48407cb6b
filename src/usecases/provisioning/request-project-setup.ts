import type { SetupReport } from '../../domain/setup/setup-report';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { Clock } from '../../ports/clock.port';
import type { SetupQueue } from '../../ports/setup-queue.port';
import type { SetupReportRepository } from '../../ports/setup-report.port';

export interface RequestProjectSetupDeps {
  readonly configs: Pick<AppConfigRepository, 'load'>;
  readonly reports: Pick<SetupReportRepository, 'save'>;
  readonly setupQueue: SetupQueue;
  readonly clock: Clock;
}

/**
 * Starts Set up project on a project. A fresh run makes about 110 Jira calls one after another,
 * more than a resolver's 25 s allow, so it runs on the queue, whose consumer has 900 s. The report
 * stored now says the run is on its way; the run writes over it after each step.
 * @throws AppError INVALID_CONFIG, queueing nothing, when the stored configuration does not validate.
 */
export const requestProjectSetup = async (deps: RequestProjectSetupDeps, projectKey: string): Promise<SetupReport> => {
  await deps.configs.load();
  const report: SetupReport = { projectKey, startedAt: deps.clock.now(), finishedAt: null, steps: [] };
  await deps.reports.save(report);
  await deps.setupQueue.push(projectKey);
  return report;
};
