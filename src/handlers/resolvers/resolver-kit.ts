import { NeedsAuthenticationError } from '@forge/api';
import type Resolver from '@forge/resolver';
import * as z from 'zod';
import { AppError, isAppError } from '../../domain/app-error';
import { toFieldIssues } from '../../domain/config/parse-config';
import type { ResolverResponse } from '../../contracts/resolver-contracts';

/** The part of the Forge resolver context that the app trusts for identity. */
const contextSchema = z.object({
  accountId: z.string().min(1),
  /** `licensed`, or for JSM's portal users `customer` or `unlicensed` (Forge's "Access to Forge apps for unlicensed users"). */
  accountType: z.string().optional(),
  extension: z
    .object({
      issue: z.object({ id: z.string().optional(), key: z.string() }).optional(),
    })
    .loose()
    .default({}),
});
export type TrustedContext = z.infer<typeof contextSchema>;

/** Identity comes from the Forge context only, never from the payload. */
export const trustedContext = (context: unknown): TrustedContext => {
  const parsed = contextSchema.safeParse(context);
  if (!parsed.success) throw new AppError('FORBIDDEN', 'This action needs a signed-in Jira user');
  return parsed.data;
};

const ISSUE_ID = /^\d+$/;

/**
 * The user and the issue of a call from an issue's module (the issue panel), both from the Forge
 * context: a payload never names the issue a call acts on.
 */
export const trustedIssueContext = (context: unknown): { readonly accountId: string; readonly issueId: string } => {
  const { accountId, extension } = trustedContext(context);
  const issueId = extension.issue?.id;
  if (issueId === undefined || !ISSUE_ID.test(issueId)) throw new AppError('NOT_FOUND', 'This action works on a complaint: open one first.');
  return { accountId, issueId };
};

/** Validates a resolver payload; bad input is a typed error that changes nothing. */
export const parsePayload = <S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> => {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return parsed.data;
  const fields = toFieldIssues(parsed.error);
  throw new AppError('INVALID_INPUT', `Invalid request: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, { fields });
};

/**
 * Runs a resolver body and turns every outcome into a ResolverResponse: nothing else throws
 * across the bridge. The one exception is Forge's own: a call as the user who has not yet
 * allowed the app to act for them must reach the platform, which asks them for consent.
 */
export const respond = async <T>(run: () => Promise<T>): Promise<ResolverResponse<T>> => {
  try {
    return { ok: true, data: await run() };
  } catch (e) {
    if (e instanceof NeedsAuthenticationError) throw e;
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, fields: e.fields } };
    console.error('Unexpected resolver failure', e);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again.', fields: [] } };
  }
};

type DefinitionsHandler = ReturnType<Resolver['getDefinitions']>;

/**
 * The resolver's definitions, answering only the keys it defines. `@forge/resolver` finds a key
 * with `in`, which also finds the members every object inherits: `constructor` would call
 * `Object` and echo the call back. Such a key gets a typed not-found instead.
 */
export const definitionsOf = (resolver: Resolver): DefinitionsHandler => {
  const handle = resolver.getDefinitions();
  return (request, runtime) => {
    const { functionKey } = request.call;
    if (functionKey in Object.prototype) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `There is no resolver function "${functionKey}".`, fields: [] } } satisfies ResolverResponse<never>);
    }
    return handle(request, runtime);
  };
};
