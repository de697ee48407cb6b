import type { TaskRecord } from '../store/task-store';

/** A finished asynchronous task in Jira's TaskProgress shape. */
export const taskJson = (task: TaskRecord, baseUrl: string) => ({
  self: `${baseUrl}/rest/api/3/task/${task.id}`,
  id: task.id,
  description: task.description,
  status: 'COMPLETE',
  message: 'Completed.',
  result: task.result,
  // Jira reports the submitter's legacy numeric user id; the sandbox has none.
  submittedBy: 0,
  progress: 100,
  elapsedRuntime: task.finished - task.submitted,
  submitted: task.submitted,
  started: task.submitted,
  finished: task.finished,
  lastUpdate: task.finished,
});
