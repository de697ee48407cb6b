import { parseIssueEvent } from './complaint-event.handler';

/** `avi:jira:updated:issue`: a transition arrives here, with the status change in the changelog. */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = parseIssueEvent(event);
  if (!parsed) return;
  const statusChange = parsed.changelog?.items.find((i) => i.field === 'status');
  console.info('Complaint updated', parsed.issue.key, statusChange?.toString ?? 'no status change');
  await Promise.resolve();
};
