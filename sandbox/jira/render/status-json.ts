import type { StatusRecord } from '../store/status-store';

/** A status as the bulk status API (`/statuses`) shows it. */
export const jiraStatusJson = (status: StatusRecord) => ({
  id: status.id,
  name: status.name,
  statusCategory: status.category,
  scope: status.projectId === null ? { type: 'GLOBAL' } : { type: 'PROJECT', project: { id: status.projectId } },
  description: status.description,
});
