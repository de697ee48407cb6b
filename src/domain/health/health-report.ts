import type { AppConfig } from '../config/app-config.schema';
import { DEPARTMENT_ROLES, type DepartmentRole } from '../config/configured-people';

/** A person the configuration names who could not do the job: gone from Jira, or not assignable in a project. */
export interface PersonFinding {
  readonly accountId: string;
  readonly departmentName: string;
  readonly role: DepartmentRole;
  readonly problem: 'inactive' | 'not_assignable';
  /** The project they cannot be assigned in; null for an inactive person. */
  readonly projectKey: string | null;
}

/** What the admin page's health check shows, gathered in one call. */
export interface HealthReport {
  readonly departmentsWithoutLead: readonly string[];
  readonly people: readonly PersonFinding[];
  /** Display names of the people found, by account id; an inactive one has none. */
  readonly names: Readonly<Record<string, string>>;
  /** Per project set up, the Jira permissions the app lacks there. */
  readonly missingPermissions: readonly { readonly projectKey: string; readonly permissions: readonly string[] }[];
  readonly lastSweep: { readonly at: number; readonly handled: number; readonly failed: number } | null;
  readonly reconciliations: readonly { readonly projectKey: string; readonly completedAt: number | null; readonly healed: number | null }[];
  readonly outbox: { readonly pending: number; readonly gaveUp: number; readonly lastGiveUps: readonly { readonly issueKey: string; readonly reason: string; readonly at: number }[] };
  /** Open complaints with no department, waiting for an advocate to route them. */
  readonly triage: number;
}

/** The names of the departments that have nobody to route a complaint to first. */
export const departmentsWithoutLead = (config: Pick<AppConfig, 'departments'>): string[] => config.departments.filter((d) => d.leadAccountId === null).map((d) => d.name);

/**
 * Each department role held by someone Jira no longer knows as active, or who is active but may
 * not be assigned complaints in a project set up (a lead or deputy must be, to be made assignee).
 */
export const peopleFindings = (
  config: Pick<AppConfig, 'departments'>,
  active: ReadonlySet<string>,
  assignable: ReadonlyMap<string, ReadonlySet<string>>,
): PersonFinding[] =>
  config.departments.flatMap((d) =>
    DEPARTMENT_ROLES.flatMap((role): PersonFinding[] => {
      const accountId = d[role];
      if (accountId === null) return [];
      if (!active.has(accountId)) return [{ accountId, departmentName: d.name, role, problem: 'inactive', projectKey: null }];
      return [...assignable]
        .filter(([, people]) => !people.has(accountId))
        .map(([projectKey]) => ({ accountId, departmentName: d.name, role, problem: 'not_assignable' as const, projectKey }));
    }),
  );
