import { createForgeRuntime } from '../../../../sandbox/host/forge-runtime';
import { identityHeaders, type JiraCaller } from '../../../../sandbox/host/identity-headers';
import { runInInvocation, type ForgeFetch } from '../../../../sandbox/host/invocation';
import type { FaultSettings } from '../../../../sandbox/jira';
import { createSandbox, type Sandbox } from '../../../../sandbox/server';

/** How long a hook may take to start the test sandbox: a few seconds cold on an idle machine, many times that beside another full run. */
export const TEST_SANDBOX_START_MS = 60_000;

/**
 * A sandbox without demo issues and with a frozen clock: no schedule runs behind a test's back,
 * so every Jira call (and every draw of the fault injector) is the test's own. Until it is
 * closed, the app's console.info lines (its install, its events) stay out of the test output.
 */
export const startTestSandbox = async (): Promise<Sandbox> => {
  const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
  try {
    const sandbox = await createSandbox({ port: 0, dbPath: ':memory:', seed: false, frozenClockAt: Date.UTC(2026, 2, 2, 9, 0), log: () => undefined });
    return {
      ...sandbox,
      close: async () => {
        await sandbox.close();
        info.mockRestore();
      },
    };
  } catch (error) {
    info.mockRestore();
    throw error;
  }
};

/** One HTTP call that reached the Jira emulator. */
export interface JiraCall {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The JSON body sent, if any. */
  readonly body: unknown;
}

export interface ForgeRunOptions {
  /** The user the invocation runs for (a resolver's viewer); none for a trigger. */
  readonly accountId?: string;
  /** The function's timeout, which the runtime reports as the remaining time. */
  readonly timeoutSeconds?: number;
  /** Fault settings for the n-th call (from 0); calls past the list, and null entries, meet none. */
  readonly faultScript?: readonly (Partial<FaultSettings> | null)[];
}

const callerOf = (provider: string | undefined, accountId: string | null): JiraCaller | null => {
  if (provider !== 'user') return { provider: 'app' };
  return accountId === null ? null : { provider: 'user', accountId };
};

// What the Forge proxy answers when asUser has nobody to act for (as the sandbox host does).
const needsAuthentication = (): Response => new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });

/**
 * Runs `work` as a function of the app would run in the sandbox: the real @forge/api reaches
 * the emulator over HTTP with the host's identity headers. Each call is recorded, so a test can
 * count them, and a fault script can set the emulator's fault injection call by call.
 */
export const runAsForge = async <T>(sandbox: Sandbox, work: () => Promise<T>, options: ForgeRunOptions = {}): Promise<{ result: T; calls: JiraCall[] }> => {
  const { emulator, host, hostToken } = sandbox.services;
  const calls: JiraCall[] = [];
  const forgeFetch: ForgeFetch = async (target, path, init, invocation) => {
    if (target.type !== 'fpp' || target.remote !== 'jira') throw new Error(`Only Jira is reachable in this test, not ${target.type}`);
    if (options.faultScript) {
      emulator.faults.clear();
      const faults = options.faultScript[calls.length];
      if (faults) emulator.faults.set(faults);
    }
    const caller = callerOf(target.provider, target.accountId ?? invocation.accountId);
    if (caller === null) return needsAuthentication();
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(identityHeaders(caller, hostToken))) headers.set(name, value);
    const response = await fetch(new URL(path, sandbox.url), { ...init, headers });
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method: init?.method ?? 'GET', path: path.split('?')[0] ?? path, status: response.status, body });
    return response;
  };
  const runtime = createForgeRuntime({ appId: host.manifest.appId, moduleKey: 'jira-adapter-test', timeoutSeconds: options.timeoutSeconds ?? 25 });
  try {
    const result = await runInInvocation({ runtime, accountId: options.accountId ?? null, fetch: forgeFetch }, work);
    return { result, calls };
  } finally {
    if (options.faultScript) emulator.faults.clear();
  }
};

const DID_NOT_THROW = Symbol('did not throw');

/** Runs `work` as Forge and resolves to what it threw, with the calls; fails if it did not throw. */
export const failureAsForge = async (sandbox: Sandbox, work: () => Promise<unknown>, options: ForgeRunOptions = {}): Promise<{ error: unknown; calls: JiraCall[] }> => {
  const { result, calls } = await runAsForge(sandbox, () => work().then(() => DID_NOT_THROW, (error: unknown) => error), options);
  if (result === DID_NOT_THROW) throw new Error('Expected the work to throw');
  return { error: result, calls };
};
