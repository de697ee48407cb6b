import { finalState, steps } from './complaint-life';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox, type RuntimeSandbox } from './runtime-sandbox';

/**
 * A complaint routed as usual whose every later event was lost: start, done, returned, withdrawn,
 * reopened. The reconciliation reads its changelog and must leave what the events would have
 * left: the same row, trail, mail and counters. The two sandboxes run one after the other: each
 * makes its clock the process's.
 */
jest.setTimeout(2 * SANDBOX_SET_UP_MS);

const life = async (sandbox: RuntimeSandbox, lose: boolean): Promise<string> => {
  const step = steps(sandbox);
  const { key } = await sandbox.register({ department: 'Support' });
  await sandbox.settle();
  sandbox.services.host.events.setFaults({ lost: lose });
  await step.startWork(key, DEMO_ACCOUNTS.supportLead);
  await step.markDone(key, DEMO_ACCOUNTS.supportLead);
  await step.returnForRework(key);
  await step.withdraw(key);
  await step.reopen(key);
  sandbox.services.host.events.setFaults({ lost: false });
  await sandbox.settle();
  return key;
};

describe('a complaint whose events were lost after its routing', () => {
  it('ends, once reconciled, as its events would have left it: row, trail, mail and counters', async () => {
    const reference = await startRuntimeSandbox();
    let expected: Awaited<ReturnType<typeof finalState>>;
    try {
      expected = await finalState(reference, await life(reference, false));
    } finally {
      await reference.close();
    }
    const healed = await startRuntimeSandbox();
    try {
      const key = await life(healed, true);
      expect(await healed.store.getComplaint((await healed.issue(key)).id)).toMatchObject({ status: 'registered' });
      await healed.services.host.runScheduled('daily-reconciliation-schedule');
      await healed.settle();
      const state = await finalState(healed, key);
      expect(state).toEqual(expected);
      expect(state.row).toMatchObject({ status: 'in_progress', returns: 1, reopens: 1 });
      expect(state.jiraCounters).toEqual([1, 1]);
      expect(state.mail).toHaveLength(4);
    } finally {
      await healed.close();
    }
  });
});
