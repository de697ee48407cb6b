import { parseIssueEvent } from './complaint-event.handler';

/** `avi:jira:created:issue`, filtered to Complaints in the manifest. Routing lands with the routing issue. */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = parseIssueEvent(event);
  if (!parsed) return;
  console.info('Complaint created', parsed.issue.key);
  await Promise.resolve();
};
