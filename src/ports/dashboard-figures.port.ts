import type { DashboardFigures, DashboardQuery } from '../domain/metrics/compute-dashboard';

/**
 * The dashboard's figures, answered by the index itself (grouped SQL in production), equal to
 * what `computeDashboard` gives over the same rows with the measures they were written with.
 */
export interface DashboardFiguresSource {
  /** Open complaints as they stand at `now`; everything else over `query.period`. */
  dashboardFigures(query: DashboardQuery, now: number): Promise<DashboardFigures>;
}
