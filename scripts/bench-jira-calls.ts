/**
 * Jira calls of the runtime, measured on the sandbox (design.md section 12): per routed
 * complaint. The sweep's are in `bench-sweep.ts`. Part of `npm run bench`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHANNEL_LABELS, NO } from '../src/jira/provisioning/complaint-fields';
import { appStorage } from '../sandbox/app-storage';
import { runSetUpProject } from '../sandbox/run-set-up-project';
import { PROVIDER_HEADER } from '../sandbox/host/identity-headers';
import { DEMO_ACCOUNTS } from '../sandbox/jira';
import { createSandbox } from '../sandbox/server';

/** A Monday, 09:00 in London: complaints registered now fall due on Tuesday at 09:00. */
const START = Date.UTC(2026, 2, 2, 9, 0);

/**
 * design.md section 12: one read of the complaint, one assignment, one notification. Routing now
 * also writes the read-only Responsible field, which only the app field value API can set, so
 * the steady state is four: the bench reports it against the design's budget as it stands.
 */
const ROUTE_BUDGET = 3;

export interface JiraCallFigures {
  /** The first complaint also reads the lead's and the advocate's Jira locale, cached for a month. */
  readonly routeFirstContact: number;
  readonly routeSteadyState: number;
  readonly routeBudget: number;
  readonly routeWithinBudget: boolean;
}

export const measureJiraCalls = async (): Promise<JiraCallFigures> => {
  const info = console.info;
  console.info = () => undefined;
  const sandbox = await createSandbox({ port: 0, dbPath: ':memory:', frozenClockAt: START, seed: false, log: () => undefined });
  try {
    const { services } = sandbox;
    let appCalls = 0;
    const handle = services.emulator.handle.bind(services.emulator);
    // Counts the calls the app makes as itself: the server hands every /rest request to `emulator.handle`.
    Object.assign(services.emulator, {
      handle: (req: IncomingMessage, res: ServerResponse) => {
        if (req.headers[PROVIDER_HEADER] === 'app') appCalls += 1;
        return handle(req, res);
      },
    });
    const admin = services.emulator.users().find((u) => u.accountId === DEMO_ACCOUNTS.admin);
    const registrar = services.emulator.users().find((u) => u.accountId === DEMO_ACCOUNTS.registrar);
    if (!admin || !registrar) throw new Error('The demo people are missing');
    const storage = appStorage(services.kvs);
    await storage.configs.save({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: DEMO_ACCOUNTS.billingLead, escalationManagerAccountId: DEMO_ACCOUNTS.manager }] });
    await runSetUpProject(services.host, admin, 'CMP');
    const binding = await storage.bindings.load('CMP');
    if (binding === null) throw new Error('Set up project bound nothing');
    const auth = `Basic ${Buffer.from(`${registrar.email}:bench`).toString('base64')}`;
    const register = async (): Promise<void> => {
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
    const counted = async (run: () => Promise<unknown>): Promise<number> => {
      await services.host.idle();
      const before = appCalls;
      await run();
      await services.host.idle();
      return appCalls - before;
    };

    const routeFirstContact = await counted(register);
    const routeSteadyState = await counted(register);
    return { routeFirstContact, routeSteadyState, routeBudget: ROUTE_BUDGET, routeWithinBudget: routeSteadyState <= ROUTE_BUDGET };
  } finally {
    await sandbox.close();
    console.info = info;
  }
};
