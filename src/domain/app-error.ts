/**
 * The one error base of the app. `code` is stable: the UI and the tests switch on it,
 * so a code is never renamed once shipped.
 */
export type AppErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_CONFIG'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TRANSITION_NOT_ALLOWED'
  | 'JIRA_ERROR'
  | 'RATE_LIMITED'
  | 'STORE_ERROR'
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `departments.0.leadAccountId`. */
  readonly path: string;
  readonly message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields: readonly FieldIssue[];

  constructor(code: AppErrorCode, message: string, options: { cause?: unknown; fields?: readonly FieldIssue[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
