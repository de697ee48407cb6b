import type { Person } from '../../domain/workflow/roles-of';
import type { CallerDirectory } from '../../ports/caller.port';

export type CallerOnIssue = { readonly found: true; readonly person: Person } | { readonly found: false };

/**
 * Who invoked a resolver on an issue: the account Forge's context names, with the groups and the
 * Administer Jira permission that Jira reports for that user. An issue the user may not browse is
 * not found, whatever their groups, so a refusal tells them nothing about it.
 */
export const identifyCaller = async (deps: { readonly callers: CallerDirectory }, accountId: string, issueId: string): Promise<CallerOnIssue> => {
  const facts = await deps.callers.factsOn(issueId);
  if (!facts.mayBrowse) return { found: false };
  return { found: true, person: { accountId, groups: facts.groups, isJiraAdmin: facts.isJiraAdmin } };
};
