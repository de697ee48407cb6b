import { addDays, formatISO } from 'date-fns';
import { z } from 'zod';
import { CHANNEL_LABELS, COMPLAINT_FIELDS, NO, type FieldKey } from '../src/jira/provisioning/complaint-fields';
import { COMPLAINT_REQUEST_TYPE } from '../src/jira/provisioning/complaint-issue-type';
import { setupSucceeded } from '../src/domain/setup/setup-report';
import { appStorage } from './app-storage';
import { closeAsAdvocate } from './close-as-advocate';
import { runSetUpProject } from './run-set-up-project';
import type { SandboxClock } from './host/clock';
import type { ForgeHost } from './host/forge-host';
import type { KvsTable } from './host/kvs-table';
import { DEMO_COMPLAINTS, DEMO_TICK_MS, DEMO_TICKS, demoConfiguration, type DemoAction, type DemoComplaint } from './demo-complaints';
import { textToAdf } from './jira/fields/adf';
import { BASE_PROJECT, BASE_SERVICE_DESK_ID } from './jira';
import type { DemoUser, PortalPlacement } from './jira/emulator.types';
import { DEMO_ACCOUNTS } from './jira/seed-site-people';

/** What a manager would save in the demo dashboard's gadget: the demo project, over the whole demo and this month. */
export const DEMO_GADGET_CONFIGURATION = { projects: [BASE_PROJECT.key], periodMonths: 7, departments: [] };

/** How long the demo's six months take on the sandbox clock: a fresh sandbox starts this far back. */
export const DEMO_SPAN_MS = DEMO_TICKS * DEMO_TICK_MS;

export interface SeedDemoDeps {
  readonly baseUrl: string;
  readonly users: readonly DemoUser[];
  readonly host: ForgeHost;
  readonly clock: SandboxClock;
  /** The host's KVS, where the admin page would have saved the configuration. */
  readonly kvs: KvsTable;
  /** Runs what fell due on the clock and waits for the work it set off. */
  readonly settle: () => Promise<unknown>;
  /** The admin's manual step in JSM's portal settings, which no REST API does: see JiraEmulator.showOnPortal. */
  readonly showOnPortal: (placement: PortalPlacement) => void;
  /** Hears each demo complaint created, for the pages to show how far seeding got. */
  readonly onProgress?: (progress: SeedProgress) => void;
}

/** How far seeding got: demo complaints created so far, of all there will be. */
export interface SeedProgress {
  readonly created: number;
  readonly total: number;
}

const basicAuth = (user: DemoUser): string => `Basic ${Buffer.from(`${user.email}:sandbox-token`).toString('base64')}`;

const call = async (baseUrl: string, user: DemoUser, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { authorization: basicAuth(user), accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Seeding: ${method} ${path} as ${user.email} answered ${response.status}: ${text}`);
  return text === '' ? null : (JSON.parse(text) as unknown);
};

const fieldList = z.array(z.object({ id: z.string(), name: z.string(), schema: z.object({ custom: z.string().optional() }).loose().optional() }).loose());
const componentList = z.array(z.object({ id: z.string(), name: z.string() }).loose());
const transitionList = z.object({ transitions: z.array(z.object({ id: z.string(), name: z.string() }).loose()) });
const created = z.object({ id: z.string(), key: z.string() }).loose();

const TRANSITIONS: Readonly<Record<Exclude<DemoAction, 'close'>, string>> = { start: 'Start work', done: 'Mark done', return: 'Return for rework', withdraw: 'Withdraw' };

/** Seeds the demo the way people would: configure, Set up project as the admin, then complaints by the demo users over six months. */
export const seedDemo = async (deps: SeedDemoDeps): Promise<string[]> => {
  const { baseUrl } = deps;
  const person = (accountId: string): DemoUser => {
    const user = deps.users.find((u) => u.accountId === accountId);
    if (!user) throw new Error(`Seeding: no demo user ${accountId}`);
    return user;
  };
  const admin = person(DEMO_ACCOUNTS.admin);

  const components = componentList.parse(await call(baseUrl, admin, 'GET', `/rest/api/3/project/${BASE_PROJECT.key}/components`));
  await appStorage(deps.kvs).configs.save(demoConfiguration(Object.fromEntries(components.map((c) => [c.name, c.id]))));

  const report = await runSetUpProject(deps.host, admin, BASE_PROJECT.key);
  if (!setupSucceeded(report)) throw new Error(`Seeding: Set up project did not finish: ${JSON.stringify(report.refusal ?? report.steps.at(-1))}`);
  // Set up project reports this as a manual step: Jira has no API to put a request type in a portal group.
  deps.showOnPortal({ serviceDeskId: BASE_SERVICE_DESK_ID, requestTypeName: COMPLAINT_REQUEST_TYPE.name, groupName: 'Complaints' });

  const fields = fieldList.parse(await call(baseUrl, admin, 'GET', '/rest/api/3/field'));
  const fieldId = (key: FieldKey): string => {
    const found = fields.find((f) => f.name === COMPLAINT_FIELDS[key].name && f.schema?.custom === COMPLAINT_FIELDS[key].type);
    if (!found) throw new Error(`Seeding: field ${COMPLAINT_FIELDS[key].name} is missing after Set up project`);
    return found.id;
  };

  const today = (): string => formatISO(deps.clock.now(), { representation: 'date' });
  const leadOf = (c: DemoComplaint): string =>
    ({ Billing: DEMO_ACCOUNTS.billingLead, Delivery: DEMO_ACCOUNTS.deliveryLead, Support: DEMO_ACCOUNTS.supportLead })[c.department ?? 'Billing'];
  const actorOf = (c: DemoComplaint, action: DemoAction): string =>
    action === 'done' || (action === 'start' && c.department !== null) ? leadOf(c) : DEMO_ACCOUNTS.advocate;
  const fieldsFor = (action: Exclude<DemoAction, 'close'>, n: number): Record<string, unknown> => {
    if (action === 'start') {
      return { [fieldId('measures')]: textToAdf('Call the customer, check the records and put it right.'), [fieldId('measuresDeadline')]: formatISO(addDays(deps.clock.now(), 7), { representation: 'date' }) };
    }
    if (action === 'done') return { [fieldId('actionTaken')]: textToAdf('Put right and confirmed in writing.'), ...(n % 4 === 0 ? { [fieldId('compensation')]: 10 + n } : {}) };
    // The reason goes into the Reason field, whose change the app copies onto the trail; a withdrawal also takes Jira's resolution.
    if (action === 'return') return { [fieldId('reason')]: 'The customer is still waiting for the refund.' };
    return { [fieldId('reason')]: 'The customer sorted it out with the shop.', resolution: { name: "Won't Do" } };
  };

  const transition = async (issue: { id: string; key: string }, c: DemoComplaint, n: number, action: DemoAction): Promise<void> => {
    // Closing records the customer's answers, which only the app writes: the advocate closes through the panel's resolver.
    if (action === 'close') {
      await closeAsAdvocate(deps.host, person(DEMO_ACCOUNTS.advocate), issue, c.call);
      return;
    }
    const { key } = issue;
    const user = person(actorOf(c, action));
    const offered = transitionList.parse(await call(baseUrl, user, 'GET', `/rest/api/3/issue/${key}/transitions`)).transitions;
    const chosen = offered.find((t) => t.name === TRANSITIONS[action]);
    if (!chosen) throw new Error(`Seeding: ${user.email} is not offered ${TRANSITIONS[action]} on ${key} (${today()})`);
    await call(baseUrl, user, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: chosen.id }, fields: fieldsFor(action, n) });
  };

  const issues: { id: string; key: string }[] = [];
  for (let tick = 0; tick < DEMO_TICKS; tick += 1) {
    deps.clock.advance(DEMO_TICK_MS);
    await deps.settle();
    const c = DEMO_COMPLAINTS[tick];
    if (c) {
      const issue = created.parse(
        await call(baseUrl, person(c.reporter), 'POST', '/rest/api/3/issue', {
          fields: {
            project: { key: BASE_PROJECT.key },
            issuetype: { name: 'Complaint' },
            summary: c.summary,
            description: textToAdf(c.description),
            [fieldId('channel')]: { value: CHANNEL_LABELS[c.channel] },
            [fieldId('anonymous')]: { value: NO },
            ...(c.department === null ? {} : { [fieldId('department')]: { value: c.department } }),
          },
        }),
      );
      issues.push({ id: issue.id, key: issue.key });
      deps.onProgress?.({ created: issues.length, total: DEMO_COMPLAINTS.length });
    }
    for (const [n, complaint] of DEMO_COMPLAINTS.entries()) {
      const issue = issues[n];
      if (issue === undefined) continue;
      for (const step of complaint.plan) if (step.tick === tick) await transition(issue, complaint, n, step.action);
    }
    await deps.settle();
  }
  return issues.map((issue) => issue.key);
};
