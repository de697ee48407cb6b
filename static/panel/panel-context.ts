import type { FullContext } from '@forge/bridge';

/** The key of the issue the panel sits on, or null outside an issue view. */
export const issueKeyOf = (context: FullContext): string | null => {
  const issue: unknown = context.extension.issue;
  if (typeof issue !== 'object' || issue === null || !('key' in issue)) return null;
  return typeof issue.key === 'string' && issue.key !== '' ? issue.key : null;
};
