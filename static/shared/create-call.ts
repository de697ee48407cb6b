import type { FieldIssue, RequestOf, ResolverKey, ResponseOf } from '../../src/contracts/resolver-contracts';
import { isUiErrorCode, toUiError, UiError } from './ui-error';
import { withTimeout } from './with-timeout';

/** Forge cuts a resolver off at 25 s; giving up a little earlier lets the UI say so itself. */
export const CALL_TIMEOUT_MS = 20_000;

/** The one untyped edge: sends a payload to a resolver key and returns whatever comes back. */
export type Invoker = (key: string, payload: Readonly<Record<string, unknown>>) => Promise<unknown>;

/** Calls a resolver and returns its data, or throws a UiError: never a raw bridge error, never a hang. */
export type Call = <K extends ResolverKey>(key: K, request: RequestOf<K>) => Promise<ResponseOf<K>>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

const isFieldIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';

const errorOf = (key: string, error: unknown): UiError => {
  if (!isRecord(error) || typeof error.message !== 'string') {
    return new UiError('BAD_RESPONSE', `${key} failed without an error body`);
  }
  const code = isUiErrorCode(error.code) ? error.code : 'INTERNAL';
  const fields = Array.isArray(error.fields) ? error.fields.filter(isFieldIssue) : [];
  return new UiError(code, error.message, { fields });
};

const unwrap = <K extends ResolverKey>(key: K, response: unknown): ResponseOf<K> => {
  if (!isRecord(response) || typeof response.ok !== 'boolean') {
    throw new UiError('BAD_RESPONSE', `${key} answered without a ResolverResponse`);
  }
  if (!response.ok) throw errorOf(key, response.error);
  if (!('data' in response)) throw new UiError('BAD_RESPONSE', `${key} answered ok without data`);
  // The backend declares the same contract type, so its data is trusted rather than parsed twice.
  return response.data as ResponseOf<K>;
};

export const createCall =
  (invoker: Invoker, timeoutMs: number = CALL_TIMEOUT_MS): Call =>
  async (key, request) => {
    let response: unknown;
    try {
      response = await withTimeout(invoker(key, request), timeoutMs, key);
    } catch (error) {
      throw toUiError(error);
    }
    return unwrap(key, response);
  };
