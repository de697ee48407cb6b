import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROVIDER_HEADER } from '../../../sandbox/host/identity-headers';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import type { DemoUser } from '../../../sandbox/jira/emulator.types';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/server';

/** A Monday morning; the clock stays here unless a test moves it. */
export const START = Date.UTC(2026, 2, 2, 9, 0);

/**
 * How long a hook may take to start this sandbox and run Set up project once: a few seconds cold
 * on an idle machine, many times that on two cores beside another full test run.
 */
export const SANDBOX_SET_UP_MS = 60_000;

export interface RestCall {
  readonly method: string;
  readonly path: string;
  /** Made by the app as itself (`asApp`), not by a test's user. */
  readonly byApp: boolean;
}

// POSTs that only read: Jira takes their query in the body.
const READ_ONLY_POSTS = [
  '/rest/api/3/search/jql',
  '/rest/api/3/changelog/bulkfetch',
  '/rest/api/3/workflows/create/validation',
  '/rest/api/3/workflows/update/validation',
  '/rest/api/3/workflowscheme/read',
  '/rest/api/3/workflowscheme/update/mappings',
];

export const isWrite = (call: RestCall): boolean => call.method !== 'GET' && !READ_ONLY_POSTS.includes(call.path);

/** A REST call to refuse with Jira's 500, until the test clears it. */
export interface InjectedFault {
  readonly method: string;
  readonly path: RegExp;
}

/**
 * The sandbox with the app installed and the demo data left out, so Set up project meets an
 * empty service project; in memory unless `options.dbPath` names a file. Every /rest call the
 * sandbox serves is logged; a fault refuses matching calls with 500, as Jira does when it fails.
 */
export const startProvisioningSandbox = async (options: Pick<SandboxOptions, 'dbPath' | 'drainTimeoutMs' | 'log'> = {}) => {
  const sandbox: Sandbox = await createSandbox({ port: 0, dbPath: ':memory:', frozenClockAt: START, seed: false, log: () => undefined, ...options });
  const calls: RestCall[] = [];
  let fault: InjectedFault | null = null;
  const { emulator } = sandbox.services;
  const handle = emulator.handle.bind(emulator);
  // Test-only: the server calls `emulator.handle` for every /rest request, so wrapping it sees them all.
  Object.assign(emulator, {
    handle: async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
      const url = new URL(req.url ?? '/', sandbox.url);
      const call = { method: req.method ?? 'GET', path: url.pathname, byApp: req.headers[PROVIDER_HEADER] === 'app' };
      if (call.path.startsWith('/rest/')) calls.push(call);
      if (fault !== null && fault.method === call.method && fault.path.test(call.path)) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errorMessages: ['Internal server error (injected)'], errors: {} }));
        return true;
      }
      return handle(req, res);
    },
  });

  const user = (accountId: string): DemoUser => {
    const found = emulator.users().find((u) => u.accountId === accountId);
    if (!found) throw new Error(`No demo user ${accountId}`);
    return found;
  };

  /** The admin page's resolver, called as Forge would for this user. */
  const invokeAdmin = (accountId: string, functionKey: string, payload: Record<string, unknown>) =>
    sandbox.services.host.invokeResolver({
      site: { moduleKey: 'admin-page', localId: 'admin-page/test', extension: {} },
      viewer: { accountId, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: 'licensed' },
      functionKey,
      payload,
    });

  /** Jira REST as a demo user, with HTTP basic auth as a script would. */
  const rest = async (accountId: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const person = user(accountId);
    const response = await fetch(new URL(path, sandbox.url), {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${person.email}:token`).toString('base64')}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
  };

  return {
    sandbox,
    calls,
    writes: () => calls.filter(isWrite),
    setFault: (next: InjectedFault | null) => {
      fault = next;
    },
    invokeAdmin,
    /** Set up project as the admin page runs it: started on the queue, waited for, and the status read back as the answer. */
    setUp: async (accountId: string = DEMO_ACCOUNTS.admin, projectKey = 'CMP') => {
      const started = await invokeAdmin(accountId, 'project/set-up', { projectKey });
      if (!(started as { ok?: unknown }).ok) return started;
      await sandbox.services.host.idle();
      return invokeAdmin(accountId, 'project/setup-status', {});
    },
    rest,
    close: () => sandbox.close(),
  };
};

export type ProvisioningSandbox = Awaited<ReturnType<typeof startProvisioningSandbox>>;

/** `{ method path }` with ids replaced by placeholders, counted: the shape of a run's REST calls. */
export const callShape = (calls: readonly RestCall[]): Record<string, number> => {
  const template = (path: string): string =>
    path
      .split('/')
      .map((segment, i, all) => {
        if (all[i - 1] === 'api') return segment;
        if (segment.startsWith('customfield_')) return '{fieldId}';
        if (/^\d+$/.test(segment)) return '{id}';
        return /^[A-Z][A-Z0-9_]+$/.test(segment) ? '{key}' : segment;
      })
      .join('/');
  const shape: Record<string, number> = {};
  for (const call of calls) {
    const key = `${call.method} ${template(call.path)}`;
    shape[key] = (shape[key] ?? 0) + 1;
  }
  return shape;
};
