import type { SweepResult, SweepStatusRepository } from '../../ports/sweep-status.port';
import type { RouteComplaintDeps } from '../routing/route-complaint';
import { processDueComplaints } from './process-due-complaints';

/** Due complaints one sweep reads from the index; more wait for the next sweep, five minutes later. */
export const MAX_DUE_PER_SWEEP = 2500;
/** Complaints one invocation handles: each costs a Jira call or two, so this stays far inside Forge's 55 s. */
export const DUE_PER_INVOCATION = 25;

export interface RunSweepDeps extends RouteComplaintDeps {
  /** The last sweep's result, for the admin page's health check. */
  readonly sweeps: Pick<SweepStatusRepository, 'save'>;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The reminder sweep (design.md section 5): reads the due complaints from the index, never from
 * Jira, handles the first DUE_PER_INVOCATION itself and queues the rest in jobs of that size.
 * With nothing due it makes no Jira call at all. Safe to run again at any time: every send is
 * guarded by the trail's unique keys. The result is kept for the health check.
 */
export const runSweep = async (deps: RunSweepDeps): Promise<SweepResult> => {
  const at = deps.clock.now();
  const due = await deps.store.listDue({ now: at, limit: MAX_DUE_PER_SWEEP });
  const [mine = [], ...rest] = chunks(
    due.map((c) => c.issueId),
    DUE_PER_INVOCATION,
  );
  if (rest.length > 0) await deps.queue.push(rest.map((issueIds) => ({ kind: 'due', issueIds })));
  const totals = await processDueComplaints(deps, mine);
  const result = { at, due: due.length, queued: rest.reduce((n, ids) => n + ids.length, 0), ...totals };
  await deps.sweeps.save(result);
  return result;
};
