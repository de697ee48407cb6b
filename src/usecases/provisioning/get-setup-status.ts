import type { SetupReport } from '../../domain/setup/setup-report';
import type { SetupReportRepository } from '../../ports/setup-report.port';

/** The last run's report, also while a run is going; null before the first run. */
export const getSetupStatus = (reports: Pick<SetupReportRepository, 'load'>): Promise<SetupReport | null> => reports.load();
