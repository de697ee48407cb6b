import { sweepStatusRepository } from '../../../../src/adapters/forge/kvs/sweep-status.repository';
import type { SweepResult } from '../../../../src/ports/sweep-status.port';
import { memoryKeyValueStore } from '../../../support/memory-key-value';

const result: SweepResult = {
  at: Date.UTC(2026, 2, 3, 9),
  due: 3,
  handled: 3,
  queued: 0,
  reminders: 2,
  escalations: 1,
  routed: 0,
  failed: 1,
  retried: { due: 2, sent: 1, gaveUp: 1, queued: 0 },
  outbox: { pending: 1, gaveUp: 1, lastGiveUps: [{ issueId: '10001', key: 'route', issueKey: 'CMP-1', reason: 'Jira answered 404', at: Date.UTC(2026, 2, 3, 9) }] },
};

describe('the sweep status repository', () => {
  it('has nothing before the first sweep, then the last sweep with its outbox health', async () => {
    const sweeps = sweepStatusRepository(memoryKeyValueStore());
    expect(await sweeps.load()).toBeNull();
    await sweeps.save(result);
    expect(await sweeps.load()).toEqual(result);
  });

  it('reads a status an older version wrote, without the outbox, as none until the next sweep', async () => {
    const kv = memoryKeyValueStore();
    await kv.set('sweep:last', { at: result.at, due: 3, handled: 3, queued: 0, reminders: 2, escalations: 1, routed: 0, failed: 1 });
    expect(await sweepStatusRepository(kv).load()).toBeNull();
  });
});
