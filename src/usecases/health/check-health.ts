import { configuredPeople } from '../../domain/config/configured-people';
import { departmentsWithoutLead, peopleFindings, type HealthReport } from '../../domain/health/health-report';
import { APP_PROJECT_PERMISSIONS } from '../../jira/health/app-permissions';
import type { AppConfigRepository } from '../../ports/app-config.port';
import type { JiraHealth, TriageCount } from '../../ports/jira-health.port';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { ReconciliationStateRepository } from '../../ports/reconciliation-state.port';
import type { SweepStatusRepository } from '../../ports/sweep-status.port';
import type { UserNameDirectory } from '../../ports/user-names.port';

export interface CheckHealthDeps {
  readonly configs: Pick<AppConfigRepository, 'load'>;
  readonly bindings: Pick<ProjectBindingRepository, 'all'>;
  /** Jira's names of active accounts: one it leaves out is inactive or gone. */
  readonly names: UserNameDirectory;
  readonly jira: JiraHealth;
  readonly sweeps: Pick<SweepStatusRepository, 'load'>;
  readonly reconciliations: Pick<ReconciliationStateRepository, 'load'>;
  readonly outbox: Pick<MessageOutbox, 'health'>;
  readonly triage: TriageCount;
}

/** The latest give-ups the page lists; the count covers the rest. */
const GIVE_UPS_SHOWN = 5;

/**
 * Everything the admin should know is wrong, in one pass: people, permissions, the scheduled
 * jobs, messages that gave up, and complaints waiting in triage. Jira is asked per project set
 * up, all at once, so the answer comes within a resolver's time on any sensible configuration.
 */
export const checkHealth = async (deps: CheckHealthDeps): Promise<HealthReport> => {
  const config = await deps.configs.load();
  const projects = (await deps.bindings.all()).map((b) => b.projectKey);
  const people = configuredPeople(config);
  const [names, assignable, missing, sweep, reconciliations, outbox, triage] = await Promise.all([
    deps.names.displayNamesOf(people),
    Promise.all(projects.map(async (key) => [key, await deps.jira.assignableIn(key, people)] as const)),
    Promise.all(projects.map(async (projectKey) => ({ projectKey, permissions: await deps.jira.missingAppPermissions(projectKey, APP_PROJECT_PERMISSIONS) }))),
    deps.sweeps.load(),
    Promise.all(projects.map(async (projectKey) => ({ projectKey, state: await deps.reconciliations.load(projectKey) }))),
    deps.outbox.health(GIVE_UPS_SHOWN),
    deps.triage.openInTriage(),
  ]);
  return {
    departmentsWithoutLead: departmentsWithoutLead(config),
    people: peopleFindings(config, new Set(names.keys()), new Map(assignable)),
    names: Object.fromEntries(names),
    missingPermissions: missing.filter((m) => m.permissions.length > 0),
    lastSweep: sweep === null ? null : { at: sweep.at, handled: sweep.handled, failed: sweep.failed },
    reconciliations: reconciliations.map(({ projectKey, state }) => ({ projectKey, completedAt: state.last?.completedAt ?? null, healed: state.last?.healed ?? null })),
    outbox: { pending: outbox.pending, gaveUp: outbox.gaveUp, lastGiveUps: outbox.lastGiveUps.map(({ issueKey, reason, at }) => ({ issueKey, reason, at })) },
    triage,
  };
};
