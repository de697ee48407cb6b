import type { RunningEmulator } from './start-emulator';

/** Who a raw call is made as: a demo user's e-mail (basic auth), the app, a Forge user, or nobody. */
export type CallAs = { email: string } | { forgeApp: true } | { forgeUser: string } | 'anonymous';

export interface JiraAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

const authHeaders = (as: CallAs): Record<string, string> => {
  if (as === 'anonymous') return {};
  if ('email' in as) return { Authorization: `Basic ${Buffer.from(`${as.email}:any-token`).toString('base64')}` };
  if ('forgeApp' in as) return { 'x-forge-provider': 'app' };
  return { 'x-forge-provider': 'user', 'x-forge-account-id': as.forgeUser };
};

/** A raw REST call, for status codes, headers and error bodies that a client library hides. */
export async function callJira(
  running: RunningEmulator,
  as: CallAs,
  method: string,
  path: string,
  body?: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<JiraAnswer> {
  const response = await fetch(`${running.baseUrl}${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...authHeaders(as), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

export const AGENT: CallAs = { email: 'rita.registrar@example.com' };
export const CUSTOMER: CallAs = { email: 'carol.customer@example.com' };
export const OTHER_CUSTOMER: CallAs = { email: 'kostya.klient@example.com' };
export const APP: CallAs = { forgeApp: true };

export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Creates a Task in CMP as the given caller and returns its key. */
export async function createTask(running: RunningEmulator, as: CallAs, summary: string, fields: Record<string, unknown> = {}): Promise<string> {
  const answer = await callJira(running, as, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary, ...fields },
  });
  if (answer.status !== 201) throw new Error(`Create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { key: string }).key;
}

/** Raises a portal request as the given customer and returns its key. */
export async function raiseRequest(running: RunningEmulator, as: CallAs, summary: string): Promise<string> {
  const answer = await callJira(running, as, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: '1',
    requestFieldValues: { summary },
  });
  if (answer.status !== 201) throw new Error(`Request failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { issueKey: string }).issueKey;
}

export const ADMIN: CallAs = { email: 'adele.admin@example.com' };

/** The base site's Default Screen and its Field Tab, which serve every operation on CMP's Task and Service Request. */
export const DEFAULT_SCREEN = { id: '1', tabId: '10000' } as const;

/** Puts a field on the base Default Screen as the admin would, so creates and edits of CMP's issues may set it. */
export async function addToDefaultScreen(running: RunningEmulator, fieldId: string): Promise<void> {
  const answer = await callJira(running, ADMIN, 'POST', `/rest/api/3/screens/${DEFAULT_SCREEN.id}/tabs/${DEFAULT_SCREEN.tabId}/fields`, { fieldId });
  if (answer.status !== 200) throw new Error(`Adding ${fieldId} to the Default Screen failed: ${answer.status} ${JSON.stringify(answer.body)}`);
}
