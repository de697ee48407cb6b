import type { AppErrorCode, FieldIssue } from '../../../domain/app-error';
import { JiraRestError } from './jira-rest-error';

export interface RefusedCall {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The answer's body: parsed JSON when it was JSON, else its text. */
  readonly body: unknown;
  readonly retryAfterMs: number | null;
}

const codeOf = (status: number): AppErrorCode => {
  if (status === 400) return 'INVALID_INPUT';
  if (status === 401 || status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'JIRA_ERROR';
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The messages of every error body Jira sends: the platform's `{errorMessages, errors}`, Service
 * Management's `{errorMessage}`, the `{message}` of a path no resource serves, or plain text.
 */
const messagesOf = (body: unknown): string[] => {
  if (typeof body === 'string') return body.trim() === '' ? [] : [body.trim()];
  if (!isRecord(body)) return [];
  return [
    ...strings(body.errorMessages),
    ...(typeof body.errorMessage === 'string' ? [body.errorMessage] : []),
    ...(typeof body.message === 'string' ? [body.message] : []),
  ];
};

const fieldsOf = (body: unknown): FieldIssue[] =>
  isRecord(body) && isRecord(body.errors)
    ? Object.entries(body.errors).flatMap(([path, message]) => (typeof message === 'string' ? [{ path, message }] : []))
    : [];

/** Jira's refusal as a typed AppError; the raw body stays on as the cause. */
export const jiraErrorOf = (call: RefusedCall): JiraRestError => {
  const errorMessages = messagesOf(call.body);
  const fields = fieldsOf(call.body);
  const said = [...errorMessages, ...fields.map((f) => `${f.path}: ${f.message}`)];
  const message = `Jira answered ${call.status} to ${call.method} ${call.path}${said.length > 0 ? `: ${said.join(' ')}` : ''}`;
  return new JiraRestError(codeOf(call.status), message, {
    status: call.status,
    errorMessages,
    fields,
    retryAfterMs: call.retryAfterMs,
    cause: call.body,
  });
};
