import type { z } from 'zod';
import { AppError } from '../../domain/app-error';
import type { Person } from '../../domain/workflow/roles-of';
import type { CallerDirectory } from '../../ports/caller.port';
import { identifyCaller } from '../../usecases/access/identify-caller';
import { parsePayload, trustedIssueContext } from './resolver-kit';

/** The caller on the issue of the call, as every issue-panel key starts. */
export interface IssueCaller {
  readonly issueId: string;
  readonly person: Person;
}

/**
 * Identity and issue from the Forge context, then Jira asked as the user: an issue they may not
 * browse is not found, whatever the app knows of it.
 */
export const callerOnIssue = async (deps: { readonly callers: CallerDirectory }, context: unknown): Promise<IssueCaller> => {
  const { accountId, issueId } = trustedIssueContext(context);
  const caller = await identifyCaller(deps, accountId, issueId);
  if (!caller.found) throw new AppError('NOT_FOUND', 'This complaint does not exist, or you may not see it.');
  return { issueId, person: caller.person };
};

/** `callerOnIssue`, then the key's strict payload: a payload that names another issue is refused. */
export const requestOnIssue = async <S extends z.ZodType>(
  deps: { readonly callers: CallerDirectory },
  context: unknown,
  schema: S,
  payload: unknown,
): Promise<IssueCaller & { readonly request: z.infer<S> }> => {
  const caller = await callerOnIssue(deps, context);
  return { ...caller, request: parsePayload(schema, payload) };
};

/** A complaint that Jira shows the caller but the app has not indexed yet: its event is still on its way. */
export const notYetKnown = (): AppError => new AppError('NOT_FOUND', 'The app does not know this complaint yet. Try again in a moment.');
