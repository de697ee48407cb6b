import type { PlatformEvent } from '../../../sandbox/host/event-delivery';
import { seededRandom } from '../../../sandbox/jira/faults/seeded-random';
import { finalState, live } from './complaint-life';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

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
