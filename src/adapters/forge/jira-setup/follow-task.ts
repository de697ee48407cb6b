import { setTimeout as delay } from 'node:timers/promises';
import type { CloudCalls } from '../jira/jira-calls';
import * as z from 'zod';
import { AppError } from '../../../domain/app-error';

const taskSchema = z.object({ id: z.string(), status: z.string(), message: z.string().optional() }).loose();

/** Waits between reads of a running task: about 45 s in all, well inside the setup consumer's 900 s. */
const WAITS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000, 8_000];
const ENDED_BADLY = new Set(['FAILED', 'CANCEL_REQUESTED', 'CANCELLED', 'DEAD']);

/**
 * Follows one of Jira's asynchronous tasks (the answer of a change such as a workflow scheme
 * update, which Jira gives as a 303 to `GET /task/{id}`) until it completes. An answer that is
 * no task means Jira had nothing to run. A task that ends badly, or runs past the waits, is an
 * AppError: the step fails and says so, and running Set up project again picks up from there.
 */
export const followTask = async (cloud: CloudCalls, answer: unknown, sleep: (ms: number) => Promise<unknown> = delay): Promise<void> => {
  let task = taskSchema.safeParse(answer);
  if (!task.success) return;
  for (const wait of WAITS_MS) {
    const { id, status, message } = task.data;
    if (status === 'COMPLETE') return;
    if (ENDED_BADLY.has(status)) throw new AppError('JIRA_ERROR', `Jira's task ${id} ended ${status}${message === undefined ? '' : `: ${message}`}`);
    await sleep(wait);
    task = taskSchema.safeParse(await cloud.tasks.getTask({ taskId: id }));
    if (!task.success) throw new AppError('JIRA_ERROR', `Jira answered task ${id} with something that is not a task`);
  }
  throw new AppError('JIRA_ERROR', `Jira is still moving the issues to the new workflow (task ${task.data.id}). Run Set up project again in a few minutes.`);
};
