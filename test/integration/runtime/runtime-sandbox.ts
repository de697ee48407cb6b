import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { MESSAGE_STATE } from '../../../src/adapters/sql/column-codes';
import { parseConfig } from '../../../src/domain/config/parse-config';
import type { AppConfig } from '../../../src/domain/config/app-config.schema';
import { CHANNEL_LABELS, NO, type AnyFieldKey } from '../../../src/jira/provisioning/complaint-fields';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { appStorage } from '../../../sandbox/app-storage';
import { demoDepartments } from '../../../sandbox/demo-departments';
import { identityHeaders } from '../../../sandbox/host/identity-headers';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { startProvisioningSandbox, type ProvisioningSandbox } from '../provisioning/provisioning-sandbox';

export { DEMO_ACCOUNTS };
export { SANDBOX_SET_UP_MS, START } from '../provisioning/provisioning-sandbox';

/**
 * The demo's departments, with Delivery's lead away and a Legal department that has no lead, so
 * that each routing rule has a department to show it.
 */
export const runtimeConfig = (overrides: Partial<AppConfig> = {}): AppConfig =>
  parseConfig({
    departments: [
      ...demoDepartments().map((department) => (department.id === 'delivery' ? { ...department, away: true } : department)),
      { id: 'legal', name: 'Legal', escalationManagerAccountId: DEMO_ACCOUNTS.manager },
    ],
    ...overrides,
  });

export interface NewComplaint {
  readonly department?: string;
  readonly subjectUser?: string;
  readonly summary?: string;
}

/** Configures the app and runs Set up project on CMP as the admin; answers the binding it stored. */
const setUpComplaints = async (env: ProvisioningSandbox, config: AppConfig): Promise<ProjectBinding> => {
  const storage = appStorage(env.sandbox.services.kvs);
  await storage.configs.save(config);
  const setUp = (await env.setUp()) as { ok: boolean };
  if (!setUp.ok) throw new Error(`Set up project failed: ${JSON.stringify(setUp)}`);
  const binding = await storage.bindings.load('CMP');
  if (binding === null) throw new Error('Set up project bound nothing');
  return binding;
};

/**
 * The sandbox with the app installed, configured and Set up project run on CMP, and no demo
 * data: each test registers its own complaints over REST, which reach the app as Jira events.
 */
export const startRuntimeSandbox = async (config: AppConfig = runtimeConfig(), options: Parameters<typeof startProvisioningSandbox>[0] = {}) => {
  // The app logs each event and sweep as it would on Forge; the tests assert on the outcome instead.
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  let env: ProvisioningSandbox | undefined;
  try {
    env = await startProvisioningSandbox(options);
    return runtimeHarness(env, await setUpComplaints(env, config));
  } catch (error) {
    // The caller gets no sandbox to close, and a listening one would keep jest from exiting.
    await env?.close();
    jest.restoreAllMocks();
    throw error;
  }
};

/** What the tests do with a set-up sandbox: register complaints, move them on, look at the outcome. */
const runtimeHarness = (env: ProvisioningSandbox, binding: ProjectBinding) => {
  const { services } = env.sandbox;
  const storage = appStorage(services.kvs);
  const field = (key: AnyFieldKey): string => binding.fieldIds[key];
  const store = createSqliteStore(services.appSql);

  /** Jira REST as a person, retried on 429 and 5xx as any client would, so faults hit the app, not the test. */
  const rest = async (accountId: string, method: string, path: string, body?: unknown) => {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await env.rest(accountId, method, path, body);
      if ((answer.status !== 429 && answer.status < 500) || attempt === 20) return answer;
    }
  };

  const register = async (complaint: NewComplaint, reporter: string = DEMO_ACCOUNTS.registrar): Promise<{ id: string; key: string }> => {
    const answer = await rest(reporter, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CMP' },
        issuetype: { id: binding.issueTypeId },
        summary: complaint.summary ?? 'Charged twice',
        [field('channel')]: { value: CHANNEL_LABELS.phone },
        [field('anonymous')]: { value: NO },
        ...(complaint.department === undefined ? {} : { [field('department')]: { value: complaint.department } }),
        ...(complaint.subjectUser === undefined ? {} : { [field('subjectUser')]: { accountId: complaint.subjectUser } }),
      },
    });
    if (answer.status !== 201) throw new Error(`Registering failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
    return answer.json as { id: string; key: string };
  };

  const transition = async (accountId: string, key: string, name: string, fields: Record<string, unknown> = {}) => {
    const offered = (await rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { id: string; name: string }[] };
    const chosen = offered.transitions.find((t) => t.name === name);
    if (chosen === undefined) throw new Error(`${name} is not offered on ${key}`);
    const answer = await rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: chosen.id }, fields });
    if (answer.status !== 204) throw new Error(`${name} on ${key} failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
  };

  /** Jira REST as the app itself, as the host lets a Forge function call it. */
  const restAsApp = async (method: string, path: string, body?: unknown): Promise<number> => {
    const headers = { 'content-type': 'application/json', ...identityHeaders({ provider: 'app' }, services.hostToken) };
    const response = await fetch(new URL(path, env.sandbox.url), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    await response.body?.cancel();
    return response.status;
  };

  const issue = async (key: string) =>
    (await rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=assignee,status`)).json as {
      id: string;
      fields: { assignee: { accountId: string } | null; status: { name: string } };
    };

  /** Every e-mail the app sent, oldest first: to whom, about what, when. */
  const outbox = () =>
    services.emulator.outbox().map((n) => ({ issueKey: n.issueKey, subject: n.subject, to: n.recipients.map((r) => r.accountId).sort(), sentAt: n.sentAt }));

  /** The app's outbox table: each message by its trail key, its state, counted failed attempts, and when it was sent or given up. */
  const messages = () =>
    services.appSql
      .prepare<[], { issue_id: string; message_key: string; state: number; attempts: number; settled_at: number | null }>(
        'SELECT issue_id, message_key, state, attempts, settled_at FROM message ORDER BY issue_id, message_key',
      )
      .all()
      .map((m) => ({ issueId: m.issue_id, key: m.message_key, state: MESSAGE_STATE.decode(m.state), attempts: m.attempts, settledAt: m.settled_at }));

  /** Moves the clock by `ms` in steps of `stepMs`, running what falls due after each step, as the sandbox's ticker does. */
  const fastForward = async (ms: number, stepMs = 60 * 60_000) => {
    for (let moved = 0; moved < ms; moved += stepMs) {
      services.clock.advance(Math.min(stepMs, ms - moved));
      await services.settle();
    }
  };

  const close = async (): Promise<void> => {
    await env.close();
    jest.restoreAllMocks();
  };
  return { ...env, close, services, storage, binding, field, store, rest, restAsApp, register, transition, issue, outbox, messages, fastForward, settle: () => services.settle() };
};

export type RuntimeSandbox = Awaited<ReturnType<typeof startRuntimeSandbox>>;
