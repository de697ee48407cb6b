import { z } from 'zod';
import { AppError, isAppError } from '../../domain/app-error';
import { toFieldIssues } from '../../domain/config/parse-config';
import type { ResolverResponse } from '../../contracts/resolver-contracts';

/** The part of the Forge resolver context that the app trusts for identity. */
const contextSchema = z.object({
  accountId: z.string().min(1),
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

/** Validates a resolver payload; bad input is a typed error that changes nothing. */
export const parsePayload = <S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> => {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return parsed.data;
  const fields = toFieldIssues(parsed.error);
  throw new AppError('INVALID_INPUT', `Invalid request: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, { fields });
};

/** Runs a resolver body and turns every outcome into a ResolverResponse: nothing throws across the bridge. */
export const respond = async <T>(run: () => Promise<T>): Promise<ResolverResponse<T>> => {
  try {
    return { ok: true, data: await run() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, fields: e.fields } };
    console.error('Unexpected resolver failure', e);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again.', fields: [] } };
  }
};
