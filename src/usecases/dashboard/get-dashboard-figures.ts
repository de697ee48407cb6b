import type { AppConfig } from '../../domain/config/app-config.schema';
import { lastMonths } from '../../domain/metrics/dashboard-period';
import type { DashboardRequest, DashboardView } from '../../domain/metrics/dashboard-view';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { Clock } from '../../ports/clock.port';
import type { DashboardFiguresSource } from '../../ports/dashboard-figures.port';
import type { ProjectAccess } from '../../ports/project-access.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';

/** How many top categories and departments the gadget shows. */
export const DASHBOARD_TOP = 5;

export interface GetDashboardFiguresDeps {
  readonly access: ProjectAccess;
  readonly figures: DashboardFiguresSource;
  readonly config: AppConfig;
  readonly clock: Clock;
  /** Where Set up project ran: the Jira ids that the gadget's issue-search links name. */
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
}

export type GetDashboardFiguresOutcome =
  | { readonly kind: 'figures'; readonly view: DashboardView; readonly binding: ProjectBinding | null }
  | { readonly kind: 'refused'; readonly projectKey: string };

/**
 * Set up project makes one issue type, one set of statuses and one Department field for the whole
 * site, so any requested project's binding names them; null when it ran in none of them.
 */
const firstBinding = async (bindings: GetDashboardFiguresDeps['bindings'], projectKeys: readonly string[]): Promise<ProjectBinding | null> => {
  for (const projectKey of projectKeys) {
    const binding = await bindings.load(projectKey);
    if (binding !== null) return binding;
  }
  return null;
};

/**
 * One view of the dashboard gadget: refused unless the user may browse every project asked for
 * (one Jira question per project, as the user); then every figure from the index, with no Jira
 * call, over the last `periodMonths` calendar months of the business time zone.
 */
export const getDashboardFigures = async (deps: GetDashboardFiguresDeps, request: DashboardRequest): Promise<GetDashboardFiguresOutcome> => {
  for (const projectKey of request.projectKeys) {
    if (!(await deps.access.mayBrowseProject(projectKey))) return { kind: 'refused', projectKey };
  }
  const { config } = deps;
  const now = deps.clock.now();
  const figures = await deps.figures.dashboardFigures(
    {
      projectKeys: request.projectKeys,
      departmentIds: request.departmentIds,
      period: lastMonths(now, request.periodMonths, config.calendar.timeZone),
      timeZone: config.calendar.timeZone,
      top: DASHBOARD_TOP,
      currency: config.currency,
      repeatWindowDays: config.repeatWindowDays,
      acknowledgeBusinessDays: config.policy.registered.dueBusinessDays,
    },
    now,
  );
  return {
    kind: 'figures',
    view: { figures, departmentNames: Object.fromEntries(config.departments.map((d) => [d.id, d.name])) },
    binding: await firstBinding(deps.bindings, request.projectKeys),
  };
};
