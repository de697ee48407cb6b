import type { z } from 'zod';
import type { ResolverResponse } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { parsePayload, respond, trustedContext } from './resolver-kit';

/**
 * Refuses the call unless Jira, asked as the calling user, says they hold Administer Jira. The
 * admin page's display condition only hides the page: the resolvers are where it is enforced.
 */
export const requireJiraAdmin = async (callerIsJiraAdmin: () => Promise<boolean>, refusal: string): Promise<void> => {
  if (!(await callerIsJiraAdmin())) throw new AppError('FORBIDDEN', refusal);
};

/**
 * An admin page resolver body: a signed-in Jira admin, then a payload that passes `schema`, then
 * `run`. The check comes before the payload is read, so a refused caller learns nothing of it.
 */
export const adminOnly =
  <S extends z.ZodType, T>(callerIsJiraAdmin: () => Promise<boolean>, refusal: string, schema: S, run: (input: z.infer<S>) => Promise<T>) =>
  ({ payload, context }: { payload: unknown; context: unknown }): Promise<ResolverResponse<T>> =>
    respond(async () => {
      trustedContext(context);
      await requireJiraAdmin(callerIsJiraAdmin, refusal);
      return run(parsePayload(schema, payload));
    });
