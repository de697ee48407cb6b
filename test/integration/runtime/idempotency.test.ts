import type { PlatformEvent } from '../../../sandbox/host/event-delivery';
import { seededRandom } from '../../../sandbox/jira/faults/seeded-random';
import { textToAdf } from '../../../sandbox/jira/fields/adf';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox, type RuntimeSandbox } from './runtime-sandbox';

/**
 * A complaint's whole life: registered, started, done, returned for rework, done again. `routed`
 * lets routing run first: only the responsible person it chooses may start work.
 */
const live = async (env: RuntimeSandbox, settle: () => Promise<unknown>, routed: () => Promise<unknown> = settle): Promise<string> => {
  const { key } = await env.register({ department: 'Billing' });
  await routed();
  await env.transition(DEMO_ACCOUNTS.billingLead, key, 'Start work', { [env.field('measures')]: textToAdf('Refund'), [env.field('measuresDeadline')]: '2026-03-06' });
  await settle();
  await env.transition(DEMO_ACCOUNTS.billingLead, key, 'Mark done', { [env.field('actionTaken')]: textToAdf('Refunded') });
  await settle();
  await env.transition(DEMO_ACCOUNTS.advocate, key, 'Return for rework', { [env.field('reason')]: 'The customer is still waiting' });
  await settle();
  await env.transition(DEMO_ACCOUNTS.billingLead, key, 'Mark done', { [env.field('actionTaken')]: textToAdf('Refunded, and apologised') });
  await settle();
  return key;
};

/** What must not depend on how events arrive: the index row, the trail and the mail. */
const finalState = async (env: RuntimeSandbox, key: string) => {
  const { id } = await env.issue(key);
  const row = await env.store.getComplaint(id);
  if (row === null) throw new Error(`${key} is not in the index`);
  // How many writes and attempts it took may differ; what they wrote may not.
  const kept = { ...row, version: 0, routeAttempts: 0 };
  // Changelog ids differ between the two sites (the app's own assignment takes one earlier or later).
  const trail = (await env.store.trailOf(id)).map((e) => `${e.key.replace(/changelog:\d+/, 'changelog')} ${e.kind} ${e.reason} ${e.recipients.join(',')}`).sort();
  const mail = env
    .outbox()
    .map((m) => `${m.subject} → ${m.to.join(',')}`)
    .sort();
  // The app copies its counters into its read-only Forge fields, which JQL searches.
  const fields = (await env.rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=${env.field('returns')},${env.field('reopens')}`)).json as { fields: Record<string, unknown> };
  return { row: kept, trail, mail, jiraCounters: [fields.fields[env.field('returns')], fields.fields[env.field('reopens')]] };
};

const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

// The set-up and each test start a sandbox, then take a complaint through its whole life.
jest.setTimeout(2 * SANDBOX_SET_UP_MS);

describe('events delivered twice and out of order', () => {
  let reference: Awaited<ReturnType<typeof finalState>>;
  beforeAll(async () => {
    const inOrder = await startRuntimeSandbox();
    try {
      reference = await finalState(inOrder, await live(inOrder, inOrder.settle));
    } finally {
      await inOrder.close();
    }
  });

  it.each([7, 11, 42])('end in the same index row, trail and mail as events delivered once and in order (shuffle %i)', async (seed) => {
    const chaos = await startRuntimeSandbox();
    try {
      const { host } = chaos.services;
      const deliver = host.deliverEvent.bind(host);
      const held: PlatformEvent[] = [];
      // Test-only: the emulator hands every product event to `host.deliverEvent`; holding them here delays them all.
      Object.assign(host, { deliverEvent: (event: PlatformEvent) => (held.push(event), []) });
      // The created event goes through at once, so that routing chooses the lead; it comes again later with the rest.
      const created: PlatformEvent[] = [];
      const route = async () => {
        created.push(...held.splice(0));
        for (const event of created) deliver(event);
        await chaos.settle();
      };
      const key = await live(chaos, () => Promise.resolve(), route);
      Object.assign(host, { deliverEvent: deliver });
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(held.length).toBeGreaterThanOrEqual(4);
      for (const event of shuffled([...created, ...held, ...held], seededRandom(seed))) deliver(event);
      await chaos.settle();

      const state = await finalState(chaos, key);
      expect(state).toEqual(reference);
      expect(state.row).toMatchObject({ status: 'measures_done', returns: 1, assigneeAccountId: DEMO_ACCOUNTS.billingLead });
      expect(state.mail).toHaveLength(4);
      expect(state.jiraCounters).toEqual([1, 0]);
    } finally {
      await chaos.close();
    }
  });
});
