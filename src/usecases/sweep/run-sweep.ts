import type { ComplaintRuntime } from '../complaint-runtime';
import { processDueComplaint } from './process-due-complaint';

/** Due complaints one sweep reads from the index; more wait for the next sweep, five minutes later. */
export const MAX_DUE_PER_SWEEP = 2500;
/** Complaints one invocation handles: each costs a Jira call or two, so this stays far inside Forge's 55 s. */
export const DUE_PER_INVOCATION = 25;

export interface SweepResult {
  readonly at: number;
  readonly due: number;
  readonly handled: number;
  readonly queued: number;
  readonly reminders: number;
  readonly escalations: number;
  readonly routed: number;
  readonly failed: number;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Handles the given due complaints one by one. A complaint that fails is counted and logged and
 * does not stop the others; it stays due, so the next sweep looks at it again.
 */
export const processDueComplaints = async (runtime: ComplaintRuntime, issueIds: readonly string[]): Promise<Omit<SweepResult, 'at' | 'due' | 'queued'>> => {
  const totals = { handled: 0, reminders: 0, escalations: 0, routed: 0, failed: 0 };
  for (const issueId of issueIds) {
    try {
      const outcome = await processDueComplaint(runtime, issueId);
      totals.handled += 1;
      if (outcome.kind === 'sent') {
        totals.reminders += outcome.reminders;
        totals.escalations += outcome.escalations;
        totals.failed += outcome.failed;
      }
      if (outcome.kind === 'routing' && outcome.route.kind === 'routed') totals.routed += 1;
    } catch (error) {
      totals.failed += 1;
      console.error(`Sweep: complaint ${issueId} failed`, error);
    }
  }
  return totals;
};

/**
 * The reminder sweep (design.md section 5): reads the due complaints from the index, never from
 * Jira, handles the first DUE_PER_INVOCATION itself and queues the rest in jobs of that size.
 * With nothing due it makes no Jira call at all. Safe to run again at any time: every send is
 * guarded by the trail's unique keys.
 */
export const runSweep = async (runtime: ComplaintRuntime): Promise<SweepResult> => {
  const at = runtime.clock.now();
  const due = await runtime.store.listDue({ now: at, limit: MAX_DUE_PER_SWEEP });
  const [mine = [], ...rest] = chunks(
    due.map((c) => c.issueId),
    DUE_PER_INVOCATION,
  );
  if (rest.length > 0) await runtime.queue.push(rest.map((issueIds) => ({ kind: 'due', issueIds })));
  const totals = await processDueComplaints(runtime, mine);
  return { at, due: due.length, queued: rest.reduce((n, ids) => n + ids.length, 0), ...totals };
};
