import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { MESSAGE_STATE } from '../../../src/adapters/sql/column-codes';
import { parseConfig } from '../../../src/domain/config/parse-config';
import type { AppConfig } from '../../../src/domain/config/app-config.schema';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { appStorage } from '../../../sandbox/app-storage';
import { demoDepartments } from '../../../sandbox/demo-departments';
import { identityHeaders } from '../../../sandbox/host/identity-headers';
import { forgeAccountType, type Viewer } from '../../../sandbox/host/ui-context';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { DEMO_PEOPLE } from '../../../sandbox/jira/seed-site-people';
import { startProvisioningSandbox, type ProvisioningSandbox } from '../provisioning/provisioning-sandbox';
import { complaintRequests } from './complaint-requests';

export { DEMO_ACCOUNTS };
export type { NewComplaint } from './complaint-requests';
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
  const store = createSqliteStore(services.appSql);
  const { rest, field, register, transition, issue } = complaintRequests(env.rest, binding);

  /** Jira REST as the app itself, as the host lets a Forge function call it. */
  const restAsApp = async (method: string, path: string, body?: unknown): Promise<number> => {
    const headers = { 'content-type': 'application/json', ...identityHeaders({ provider: 'app' }, services.hostToken) };
    const response = await fetch(new URL(path, env.sandbox.url), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    await response.body?.cancel();
    return response.status;
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

  /**
   * The paced sends: lets the clock run to each delayed queue event's time (seconds to minutes
   * ahead) and delivers it, until none is held. No schedule runs meanwhile.
   */
  const sendPaced = async () => {
    for (let held = services.host.heldQueueEvents(); held.length > 0; held = services.host.heldQueueEvents()) {
      services.clock.advance(Math.max(0, Math.min(...held.map((e) => e.dueAt)) - services.clock.now()));
      await services.host.runDueQueueEvents();
      await services.host.idle();
    }
  };

  /** Moves the clock by `ms` in steps of `stepMs`, running what falls due after each step and the sends it paced, as the sandbox's ticker does. */
  const fastForward = async (ms: number, stepMs = 60 * 60_000) => {
    const end = services.clock.now() + ms;
    while (services.clock.now() < end) {
      services.clock.advance(Math.min(stepMs, end - services.clock.now()));
      await services.settle();
      await sendPaced();
    }
  };

  const close = async (): Promise<void> => {
    await env.close();
    jest.restoreAllMocks();
  };
  return { ...env, close, services, storage, binding, field, store, rest, restAsApp, register, transition, issue, outbox, messages, fastForward, sendPaced, settle: () => services.settle() };
};

export type RuntimeSandbox = Awaited<ReturnType<typeof startRuntimeSandbox>>;

/** Forge's account type of a demo person, as the sandbox's pages give it: the portal customers are unlicensed. */
export const accountTypeOf = (accountId: string): Viewer['accountType'] =>
  forgeAccountType(DEMO_PEOPLE.find((p) => p.accountId === accountId)?.accountType ?? 'atlassian');
