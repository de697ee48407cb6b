import { issueEventSchema, type IssueEvent } from './issue-event.schema';

/**
 * Parses a product event before anything acts on it. A malformed event is logged and
 * dropped: Forge would retry a throw forever-ish, and retrying cannot fix its shape.
 */
export const parseIssueEvent = (event: unknown): IssueEvent | null => {
  const parsed = issueEventSchema.safeParse(event);
  if (parsed.success) return parsed.data;
  console.warn('Ignoring a malformed issue event', parsed.error.issues);
  return null;
};
