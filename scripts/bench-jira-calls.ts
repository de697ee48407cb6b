/**
 * Jira calls of routing, measured on the sandbox (design.md section 12): per routed complaint,
 * with the app CPU each routed event costs. The sweep's are `bench-sweep.ts`'s. Part of `npm run bench`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scale } from './bench-budget';
import { nearestRank } from '../src/domain/metrics/statistics';
import type { AppConfig } from '../src/domain/config/app-config.schema';
import { CHANNEL_LABELS, NO } from '../src/jira/provisioning/complaint-fields';
import { appStorage } from '../sandbox/app-storage';
import { runSetUpProject } from '../sandbox/run-set-up-project';
import { PROVIDER_HEADER } from '../sandbox/host/identity-headers';
import { DEMO_ACCOUNTS } from '../sandbox/jira';
import type { DemoUser } from '../sandbox/jira/emulator.types';
import { createSandbox, type Sandbox } from '../sandbox/server';

/** A Monday, 09:00 in London: complaints registered now fall due on Tuesday at 09:00. */
const START = Date.UTC(2026, 2, 2, 9, 0);

/**
 * design.md section 12: one read of the complaint, one write, one notification. Routing writes
 * two things Jira takes through two APIs: the read-only Responsible field, which only the app
 * field value API may set (Forge: read-only fields are not editable "through the Edit issue REST
 * API"), and the assignee. So the steady state is four; `bench-run.ts` holds it to the budget.
 */
/** Routed complaints whose CPU is sampled. */
const ROUTED_EVENTS = { full: 50, smoke: 5 } as const;


export interface RouteFigures {
  /** The first complaint after the admin saved the departments (which learnt the people's languages). */
  readonly routeFirstContact: number;
  readonly routeSteadyState: number;
  /** The app's Jira calls for those two, `METHOD path` each, in order. */
  readonly routeFirstContactCalls: readonly string[];
  readonly routeSteadyStateCalls: readonly string[];
  /**
   * Process CPU from registering a complaint until the host is idle again, less what the Jira
   * emulator spent answering the app's calls (on Forge that is Jira's CPU). It still counts the
   * registrar's create, the in-process Forge SQL and KVS, and the bench's own client: an upper bound.
   */
  readonly routeCpuMsP50: number;
  readonly routeCpuMsP95: number;
  readonly routedEvents: number;
}

/** Counts the app's own Jira calls, and the CPU the emulator spent on them: the server hands every /rest request to `emulator.handle`. */
const watchAppCalls = (sandbox: Sandbox) => {
  const { emulator } = sandbox.services;
  const calls: string[] = [];
  let emulatorCpuUs = 0;
  const handle = emulator.handle.bind(emulator);
  Object.assign(emulator, {
    handle: (req: IncomingMessage, res: ServerResponse) => {
      if (req.headers[PROVIDER_HEADER] !== 'app') return handle(req, res);
      calls.push(`${req.method ?? '?'} ${(req.url ?? '').split('?')[0] ?? ''}`);
      // The app awaits each answer, so the process works for the emulator alone until it is sent.
      const started = process.cpuUsage();
      res.once('finish', () => {
        const spent = process.cpuUsage(started);
        emulatorCpuUs += spent.user + spent.system;
      });
      return handle(req, res);
    },
  });
  return { calls, emulatorCpuUs: () => emulatorCpuUs };
};

const demoUser = (sandbox: Sandbox, accountId: string): DemoUser => {
  const user = sandbox.services.emulator.users().find((u) => u.accountId === accountId);
  if (!user) throw new Error(`The demo user ${accountId} is missing`);
  return user;
};

/** The admin page's save, as an admin: what learns the named people's languages. */
const saveConfigAsAdmin = async (sandbox: Sandbox, admin: DemoUser, config: Partial<AppConfig>): Promise<void> => {
  const answer = await sandbox.services.host.invokeResolver({
    site: { moduleKey: 'admin-page', localId: 'admin-page/sandbox', extension: {} },
    viewer: { accountId: admin.accountId, locale: 'en-US', timeZone: admin.timeZone, colorMode: 'light', accountType: 'licensed' },
    functionKey: 'config/save',
    payload: { config },
  });
  if ((answer as { ok?: unknown }).ok !== true) throw new Error(`Saving the configuration answered ${JSON.stringify(answer)}`);
};

/** Registers Billing complaints over REST as the registrar, as the create form does. */
const registrarOf = async (sandbox: Sandbox) => {
  const registrar = demoUser(sandbox, DEMO_ACCOUNTS.registrar);
  const binding = await appStorage(sandbox.services.kvs).bindings.load('CMP');
  if (binding === null) throw new Error('Set up project bound nothing');
  const auth = `Basic ${Buffer.from(`${registrar.email}:bench`).toString('base64')}`;
  return async (): Promise<void> => {
    const answer = await fetch(new URL('/rest/api/3/issue', sandbox.url), {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        fields: {
          project: { key: 'CMP' },
          issuetype: { id: binding.issueTypeId },
          summary: 'Charged twice',
          [binding.fieldIds.department]: { value: 'Billing' },
          [binding.fieldIds.channel]: { value: CHANNEL_LABELS.phone },
          [binding.fieldIds.anonymous]: { value: NO },
        },
      }),
    });
    if (answer.status !== 201) throw new Error(`Registering answered ${String(answer.status)}`);
  };
};

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Routing one complaint, on a fresh sandbox: Billing names a lead and an advocate (two people
 * with Jira locales, the richer case), saved on the admin page; then complaints are registered
 * one at a time, each routed by its created event, and counted until the host is idle.
 */
export const measureRouting = async (scale: Scale): Promise<RouteFigures> => {
  const info = console.info;
  console.info = () => undefined;
  const sandbox = await createSandbox({ port: 0, dbPath: ':memory:', frozenClockAt: START, seed: false, log: () => undefined });
  try {
    const { host } = sandbox.services;
    const watch = watchAppCalls(sandbox);
    const admin = demoUser(sandbox, DEMO_ACCOUNTS.admin);
    await saveConfigAsAdmin(sandbox, admin, {
      departments: [{ id: 'billing', name: 'Billing', leadAccountId: DEMO_ACCOUNTS.billingLead, escalationManagerAccountId: DEMO_ACCOUNTS.manager, advocateAccountId: DEMO_ACCOUNTS.advocate }],
    } as Partial<AppConfig>);
    await runSetUpProject(host, admin, 'CMP');
    const register = await registrarOf(sandbox);
    const route = async (): Promise<{ calls: string[]; cpuMs: number }> => {
      await host.idle();
      const before = watch.calls.length;
      const emulatorBefore = watch.emulatorCpuUs();
      const started = process.cpuUsage();
      await register();
      await host.idle();
      const spent = process.cpuUsage(started);
      return { calls: watch.calls.slice(before), cpuMs: (spent.user + spent.system - (watch.emulatorCpuUs() - emulatorBefore)) / 1000 };
    };
    const first = await route();
    const steady = await route();
    const cpu = [first.cpuMs, steady.cpuMs];
    for (let n = 2; n < ROUTED_EVENTS[scale]; n += 1) cpu.push((await route()).cpuMs);
    const p50 = round(nearestRank(cpu, 50) ?? 0);
    const p95 = round(nearestRank(cpu, 95) ?? 0);
    return {
      routeFirstContact: first.calls.length,
      routeSteadyState: steady.calls.length,
      routeFirstContactCalls: first.calls,
      routeSteadyStateCalls: steady.calls,
      routeCpuMsP50: p50,
      routeCpuMsP95: p95,
      routedEvents: cpu.length,
    };
  } finally {
    await sandbox.close();
    console.info = info;
  }
};
