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

/** The messages of an error body: the platform's `errorMessages`, or JSM's one `errorMessage`. */
const messagesOf = (body: { errorMessages?: unknown; errorMessage?: unknown }): string[] => [
  ...(Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : []),
  ...(typeof body.errorMessage === 'string' ? [body.errorMessage] : []),
];

/** Jira's error body (`errorMessages` and `errors`) as one line for the page. */
export const jiraErrorText = (answer: JiraAnswer): string => {
  const body = (answer.body ?? {}) as { errorMessages?: unknown; errors?: unknown };
  const messages = messagesOf(body);
  const fields = typeof body.errors === 'object' && body.errors !== null ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`) : [];
  return [...messages, ...fields].join(' ') || `Jira answered ${answer.status}`;
};

/** Jira's refusal split for a form: messages for the fields it shows go beside them, the rest above it. */
export interface Refusal {
  readonly messages: readonly string[];
  readonly fields: Readonly<Record<string, string>>;
}

export const refusalOf = (answer: JiraAnswer, shown: ReadonlySet<string>): Refusal => {
  const body = (answer.body ?? {}) as { errorMessages?: unknown; errors?: unknown };
  const messages = messagesOf(body);
  const errors = typeof body.errors === 'object' && body.errors !== null ? Object.entries(body.errors).map(([field, message]) => [field, String(message)] as const) : [];
  const beside = errors.filter(([field]) => shown.has(field));
  const above = errors.filter(([field]) => !shown.has(field)).map(([field, message]) => `${field}: ${message}`);
  const all = [...messages, ...above];
  return { messages: all.length === 0 && beside.length === 0 ? [`Jira answered ${answer.status}`] : all, fields: Object.fromEntries(beside) };
};

/**
 * Every item of an offset-paged list (`startAt`, `maxResults`, `total`), page by page; the first
 * refusal ends the walk and is returned instead.
 */
export async function allPages<T>(client: JiraClient, path: string, read: (body: unknown) => { items: readonly T[]; total: number }): Promise<T[] | JiraAnswer> {
  const items: T[] = [];
  const separator = path.includes('?') ? '&' : '?';
  for (;;) {
    const answer = await client.get(`${path}${separator}startAt=${items.length}`);
    if (answer.status !== 200) return answer;
    const page = read(answer.body);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}
