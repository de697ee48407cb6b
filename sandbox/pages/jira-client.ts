import { identityHeaders } from '../host/identity-headers';
import type { SandboxServices } from '../sandbox-services';

export interface JiraAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** The host pages read and write Jira over its REST API, as the viewer, like Jira's own UI. */
export interface JiraClient {
  get(path: string): Promise<JiraAnswer>;
  send(method: 'POST' | 'PUT', path: string, body: unknown): Promise<JiraAnswer>;
}

export const jiraAs = (services: SandboxServices, accountId: string): JiraClient => {
  const call = async (method: string, path: string, body?: unknown): Promise<JiraAnswer> => {
    const response = await fetch(new URL(path, services.baseUrl()), {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...identityHeaders({ provider: 'user', accountId }, services.hostToken) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  };
  return { get: (path) => call('GET', path), send: (method, path, body) => call(method, path, body) };
};

/** Jira's error body (`errorMessages` and `errors`) as one line for the page. */
export const jiraErrorText = (answer: JiraAnswer): string => {
  const body = (answer.body ?? {}) as { errorMessages?: unknown; errors?: unknown };
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : [];
  const fields = typeof body.errors === 'object' && body.errors !== null ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`) : [];
  return [...messages, ...fields].join(' ') || `Jira answered ${answer.status}`;
};
