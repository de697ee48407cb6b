import { steps } from './complaint-life';
import { SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/** The daily retention on the sandbox: a complaint closed longer ago than the retention period loses its trail, not its index row. */
const DAY = 86_400_000;

jest.setTimeout(2 * SANDBOX_SET_UP_MS);

describe('the daily retention', () => {
  it('trims the trail of a complaint closed longer ago than retentionMonths, and keeps the index row and the issue', async () => {
    const sandbox = await startRuntimeSandbox();
    try {
      const { key } = await sandbox.register({ department: 'Support' });
      await sandbox.settle();
      await steps(sandbox).withdraw(key);
      await sandbox.settle();
      const { id } = await sandbox.issue(key);
      const closed = await sandbox.store.getComplaint(id);
      expect(closed?.status).toBe('closed');
      expect((await sandbox.store.trailOf(id)).length).toBeGreaterThan(1);

      // Within the period nothing goes.
      await sandbox.services.host.runScheduled('daily-retention-schedule');
      await sandbox.settle();
      expect((await sandbox.store.trailOf(id)).length).toBeGreaterThan(1);

      sandbox.services.clock.advance((await sandbox.storage.configs.load()).retentionMonths * 31 * DAY);
      await sandbox.services.host.runScheduled('daily-retention-schedule');
      await sandbox.settle();
      expect(await sandbox.store.trailOf(id)).toEqual([]);
      expect(await sandbox.store.getComplaint(id)).toEqual(closed);
      expect((await sandbox.issue(key)).fields.status.name).toBe('Closed');
    } finally {
      await sandbox.close();
    }
  });
});
