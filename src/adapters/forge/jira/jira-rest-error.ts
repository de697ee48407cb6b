import { AppError, type AppErrorCode, type FieldIssue } from '../../../domain/app-error';

/** A Jira REST call that Jira refused, as an AppError that still knows Jira's answer. */
export class JiraRestError extends AppError {
  /** The HTTP status Jira answered with. */
  readonly status: number;
  /** Jira's own messages (`errorMessages`, or JSM's `errorMessage`); field errors are in `fields`. */
  readonly errorMessages: readonly string[];
  /** For RATE_LIMITED: how long Jira asked to wait, so a Forge function can retry through InvocationError. */
  readonly retryAfterMs: number | null;

  constructor(
    code: AppErrorCode,
    message: string,
    details: { status: number; errorMessages: readonly string[]; fields: readonly FieldIssue[]; retryAfterMs: number | null; cause: unknown },
  ) {
    super(code, message, { cause: details.cause, fields: details.fields });
    this.name = 'JiraRestError';
    this.status = details.status;
    this.errorMessages = details.errorMessages;
    this.retryAfterMs = details.retryAfterMs;
  }
}

export const isJiraRestError = (e: unknown): e is JiraRestError => e instanceof JiraRestError;
