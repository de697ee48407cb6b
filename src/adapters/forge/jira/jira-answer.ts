import type { SendRequestOptions } from 'jira.js/core';
import { AppError } from '../../../domain/app-error';

/** What the transport needs of @forge/api's Response. */
export interface AnswerLike {
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A body as Jira sent it: parsed JSON under a JSON content type, the text otherwise, undefined when empty (204). */
export const readBody = async (answer: AnswerLike): Promise<unknown> => {
  const text = await answer.text();
  if (text === '') return undefined;
  if (!(answer.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new AppError('JIRA_ERROR', 'Jira sent a JSON content type with a body that is not JSON', { cause });
  }
};

export type SchemaMismatch = 'warn' | 'throw';

/**
 * Checks a successful answer against the jira.js schema of the call. Jira adds fields without
 * notice and jira.js's schemas are loose about extra keys, so in production a mismatch is only
 * logged and the answer passes as it came, as jira.js itself does; tests ask for 'throw'.
 */
export const checkedAgainstSchema = <T>(
  data: unknown,
  schema: SendRequestOptions<T>['schema'],
  endpoint: string,
  onMismatch: SchemaMismatch,
): T => {
  if (schema === undefined || data === undefined) return data as T;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  if (onMismatch === 'throw') {
    throw new AppError('JIRA_ERROR', `Jira's answer to ${endpoint} does not match its documented shape`, { cause: parsed.error });
  }
  console.warn(`Jira's answer to ${endpoint} does not match its documented shape`, parsed.error.issues.slice(0, 3));
  return data as T;
};
