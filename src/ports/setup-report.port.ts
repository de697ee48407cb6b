import type { SetupReport } from '../domain/setup/setup-report';

/** The last run of Set up project, written after every step so that the admin page can follow a run. */
export interface SetupReportRepository {
  /** The last report; null before the first run (or if what is stored is not a report any more). */
  load(): Promise<SetupReport | null>;
  save(report: SetupReport): Promise<void>;
}
