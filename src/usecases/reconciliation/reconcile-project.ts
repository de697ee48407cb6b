import { isAppError } from '../../domain/app-error';
import { afterStep, isCurrentPass, type PassStep, type ReconciliationPass } from '../../domain/reconciliation/reconciliation-pass';
import { fieldsToRead } from '../../jira/intake/fields-to-read';
import { issueKeyOf, issueSnapshot } from '../../jira/intake/issue-snapshot';
import { reconciliationJql } from '../../jira/intake/reconciliation-query';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import type { InvocationTime } from '../../ports/invocation-time.port';
import type { JiraPort } from '../../ports/jira.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { ReconciliationStateRepository } from '../../ports/reconciliation-state.port';
import { healComplaints, type HealComplaintsDeps } from './heal-complaints';

/** Issues a search page holds when fields are asked for (Jira's maximum). */
const PAGE_SIZE = 100;
/** A queued retry of an invocation that Jira failed waits this long, this many times; then the daily run takes the pass up. */
const RETRY_DELAY_MS = 5 * 60_000;
const MAX_ATTEMPTS = 3;

/**
 * What one invocation may do before it hands the pass on through the queue: read this many
 * complaints, and stop while this much of its time is left (the queue consumer that runs a share
 * has 120 s in manifest.yml; Forge allows up to 900 s).
 */
export interface ReconcileBudget {
  readonly issues: number;
  readonly reserveMs: number;
}
export const DEFAULT_BUDGET: ReconcileBudget = { issues: 500, reserveMs: 45_000 };

export interface ReconcileProjectDeps extends HealComplaintsDeps {
  readonly jira: HealComplaintsDeps['jira'] & Pick<JiraPort, 'searchIssues'>;
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
  readonly reconciliations: ReconciliationStateRepository;
  readonly invocation: InvocationTime;
  /** DEFAULT_BUDGET unless a test makes it smaller. */
  readonly budget?: ReconcileBudget;
}

export type ReconcileOutcome =
  | { readonly kind: 'stepped'; readonly projectKey: string; readonly step: PassStep }
  /** The job does not carry the stored pass (delivered twice, or overtaken), or the project is no longer set up. */
  | { readonly kind: 'skipped'; readonly projectKey: string; readonly because: 'not_current' | 'not_bound' }
  | { readonly kind: 'failed'; readonly projectKey: string; readonly attempt: number };

/**
 * The pass's next page. Null when Jira refuses the key the pass stands after: the issue was
 * deleted or moved to another project since, and Jira answers 400 for a key it does not know.
 */
const searchPage = async (deps: ReconcileProjectDeps, binding: ProjectBinding, pass: ReconciliationPass, size: number) => {
  try {
    return await deps.jira.searchIssues(reconciliationJql(binding, pass, deps.clock.now()), fieldsToRead(binding), size);
  } catch (error) {
    if (!(isAppError(error) && error.code === 'INVALID_INPUT' && pass.afterKey !== null)) throw error;
    console.warn(`Reconciliation of ${binding.projectKey}: Jira refused to page after ${pass.afterKey}; reading the pass's window again`, error);
    return null;
  }
};

/** Reads and heals pages of the pass, from its `afterKey` on, until the pass ends or the budget does. */
const walk = async (deps: ReconcileProjectDeps, binding: ProjectBinding, pass: ReconciliationPass): Promise<PassStep> => {
  const budget = deps.budget ?? DEFAULT_BUDGET;
  const outOfTime = (): boolean => deps.invocation.remainingMs() < budget.reserveMs;
  let { afterKey } = pass;
  let checked = 0;
  let healed = 0;
  let failedFrom: number | null = null;
  while (checked < budget.issues && !outOfTime()) {
    const found = await searchPage(deps, binding, { ...pass, afterKey }, Math.min(PAGE_SIZE, budget.issues - checked));
    // The pass reads its window from the start again: idempotent, and it finds its way past the key that went.
    if (found === null) return { afterKey: null, complete: false, checked, healed, failedFrom };
    const share = await healComplaints(
      deps,
      binding,
      found.issues.map((issue) => issueSnapshot(issue, binding, deps.config)),
      outOfTime,
    );
    checked += share.looked;
    healed += share.healed;
    if (share.failedFrom !== null) failedFrom = Math.min(failedFrom ?? share.failedFrom, share.failedFrom);
    afterKey = found.issues.slice(0, share.looked).map(issueKeyOf).filter((key) => key !== null).at(-1) ?? afterKey;
    if (share.looked === found.issues.length && found.complete) return { afterKey, complete: true, checked, healed, failedFrom };
    if (share.looked < found.issues.length) break;
  }
  return { afterKey, complete: false, checked, healed, failedFrom };
};

/**
 * One invocation's share of a project's reconciliation pass (design.md section 5): it pages
 * through the complaints updated since the pass's `from`, in key order from where the pass
 * stands, heals those whose events were lost, and stores how far it got. A pass not yet complete
 * goes on in the next invocation, through a `reconcile` job on the queue; a complete one moves
 * the watermark. A job delivered twice finds the pass moved on and does nothing.
 */
export const reconcileProject = async (
  deps: ReconcileProjectDeps,
  projectKey: string,
  pass: ReconciliationPass,
  attempt = 1,
): Promise<ReconcileOutcome> => {
  const binding = await deps.bindings.load(projectKey);
  if (binding === null) return { kind: 'skipped', projectKey, because: 'not_bound' };
  const state = await deps.reconciliations.load(projectKey);
  if (!isCurrentPass(state, pass)) return { kind: 'skipped', projectKey, because: 'not_current' };
  let step: PassStep;
  try {
    step = await walk(deps, binding, pass);
  } catch (error) {
    return retryLater(deps, projectKey, pass, attempt, error);
  }
  const next = afterStep(state, pass, step, deps.clock.now());
  await deps.reconciliations.save(projectKey, next);
  if (next.pass !== null) {
    const rest = { startedAt: next.pass.startedAt, from: next.pass.from, afterKey: next.pass.afterKey };
    await deps.queue.push([{ kind: 'reconcile', projectKey, pass: rest, attempt: 1 }]).catch((error: unknown) => {
      console.error(`Reconciliation of ${projectKey}: could not queue the rest of the pass; the next daily run takes it up`, error);
    });
  }
  return { kind: 'stepped', projectKey, step };
};

/** Jira could not be read: the same share runs again later through the queue, a few times, then waits for the daily run. */
const retryLater = async (deps: ReconcileProjectDeps, projectKey: string, pass: ReconciliationPass, attempt: number, error: unknown): Promise<ReconcileOutcome> => {
  if (attempt >= MAX_ATTEMPTS) {
    console.error(`Reconciliation of ${projectKey}: failed ${String(attempt)} times; the next daily run takes the pass up again`, error);
    return { kind: 'failed', projectKey, attempt };
  }
  console.warn(`Reconciliation of ${projectKey}: Jira could not be read (attempt ${String(attempt)}), trying again later`, error);
  await deps.queue.push([{ kind: 'reconcile', projectKey, pass, attempt: attempt + 1 }], RETRY_DELAY_MS);
  return { kind: 'failed', projectKey, attempt };
};
