import type { DashboardFigures } from './compute-dashboard';

/** What a dashboard gadget instance asks for: what its edit mode saved. */
export type DashboardRequest = {
  readonly projectKeys: readonly string[];
  /** The last this many calendar months, the current one included. */
  readonly periodMonths: number;
  /** Department ids (`triage` for complaints without one); empty means every department. */
  readonly departmentIds: readonly string[];
};

/** One view of the gadget: every figure, and the names of the departments they mention. */
export interface DashboardView {
  readonly figures: DashboardFigures;
  /** Configured department names by id; a figure's key missing here is shown as it is. */
  readonly departmentNames: Readonly<Record<string, string>>;
}
