import { performance } from 'node:perf_hooks';

/**
 * How long a workflow scheme's migration task reports RUNNING. Jira migrates the issues in an
 * asynchronous task, which a client must follow to its end; the emulator makes every such task
 * take a little while, in wall time, since the sandbox clock may stand still.
 */
export const TASK_RUN_MS = 400;

/** The migration tasks still running, and the schemes they hold: Jira refuses another update of a scheme meanwhile. */
export interface TaskRuns {
  start(taskId: string, schemeId: string): void;
  isRunning(taskId: string): boolean;
  holds(schemeId: string): boolean;
}

export const taskRuns = (now: () => number = () => performance.now()): TaskRuns => {
  const running = new Map<string, { readonly schemeId: string; readonly endsAt: number }>();
  const isRunning = (taskId: string): boolean => (running.get(taskId)?.endsAt ?? 0) > now();
  return {
    start: (taskId, schemeId) => {
      running.set(taskId, { schemeId, endsAt: now() + TASK_RUN_MS });
    },
    isRunning,
    holds: (schemeId) => [...running.entries()].some(([taskId, run]) => run.schemeId === schemeId && isRunning(taskId)),
  };
};
