/** A Jira REST error answer; thrown by handlers and written out by the dispatcher. */
export class JiraHttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}) {
    super(`Jira answered ${status}`);
    this.name = 'JiraHttpError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** The platform API's error body: `{"errorMessages":[...],"errors":{...}}`. */
export const jiraError = (
  status: number,
  errorMessages: readonly string[],
  errors: Readonly<Record<string, string>> = {},
): JiraHttpError => new JiraHttpError(status, { errorMessages, errors });

export const badRequest = (message: string): JiraHttpError => jiraError(400, [message]);

/** Jira's answer to a body it cannot read at all. */
export const invalidPayload = (): JiraHttpError =>
  badRequest('Invalid request payload. Refer to the REST API documentation and try again.');

/** A 400 that names the offending fields, as create and edit do. */
export const fieldErrors = (errors: Readonly<Record<string, string>>): JiraHttpError => jiraError(400, [], errors);

export const forbidden = (message: string): JiraHttpError => jiraError(403, [message]);

export const notFound = (message: string): JiraHttpError => jiraError(404, [message]);

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export const unauthenticated = (): JiraHttpError =>
  jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);

/** Jira Service Management answers errors in its own shape. */
export const serviceDeskError = (status: number, message: string): JiraHttpError =>
  new JiraHttpError(status, { errorMessage: message, i18nErrorMessage: { i18nKey: 'sd.rest.error', parameters: [] } });

/** Restates a platform-style 400 (field errors and all) in JSM's shape, for servicedeskapi routes. */
export function asServiceDeskError(error: JiraHttpError): JiraHttpError {
  const body = error.body as { errorMessages?: unknown; errors?: unknown };
  const messages = [
    ...(Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : []),
    ...(typeof body.errors === 'object' && body.errors !== null
      ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`)
      : []),
  ];
  return serviceDeskError(error.status, messages.join(' '));
}
