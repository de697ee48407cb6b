import type { TaskRecord } from '../store/task-store';

/** An asynchronous task in Jira's TaskProgress shape: still running, or complete with its result. */
export const taskJson = (task: TaskRecord, baseUrl: string, running: boolean) => ({
  self: `${baseUrl}/rest/api/3/task/${task.id}`,
  id: task.id,
  description: task.description,
  // Jira reports the submitter's legacy numeric user id; the sandbox has none.
  submittedBy: 0,
  submitted: task.submitted,
  started: task.submitted,
  ...(running
    ? { status: 'RUNNING', message: 'Migrating issues.', progress: 50, elapsedRuntime: 0, lastUpdate: task.submitted }
    : {
        status: 'COMPLETE',
        message: 'Completed.',
        result: task.result,
        progress: 100,
        elapsedRuntime: task.finished - task.submitted,
        finished: task.finished,
        lastUpdate: task.finished,
      }),
});
