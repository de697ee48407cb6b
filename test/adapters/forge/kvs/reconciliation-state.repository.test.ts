import { reconciliationStateRepository } from '../../../../src/adapters/forge/kvs/reconciliation-state.repository';
import { NO_RECONCILIATION, type ReconciliationState } from '../../../../src/domain/reconciliation/reconciliation-pass';
import { T0 } from '../../../domain/factories';
import { memoryKeyValueStore } from '../../../support/memory-key-value';

const underWay: ReconciliationState = {
  watermark: T0 - 86_400_000,
  pass: { startedAt: T0, from: T0 - 90_000_000, afterKey: 'CMP-120', touchedAt: T0 + 60_000, failedFrom: null, invocations: 2, checked: 200, healed: 7 },
  last: { startedAt: T0 - 86_400_000, completedAt: T0 - 86_000_000, invocations: 1, checked: 40, healed: 0 },
};

describe('the reconciliation state repository', () => {
  it('has no reconciliation for a project before its first pass', async () => {
    expect(await reconciliationStateRepository(memoryKeyValueStore()).load('CMP')).toEqual(NO_RECONCILIATION);
  });

  it('keeps each project’s watermark and pass apart, and reads them back unchanged', async () => {
    const repository = reconciliationStateRepository(memoryKeyValueStore());
    await repository.save('CMP', underWay);
    await repository.save('OPS', { ...NO_RECONCILIATION, watermark: T0 });
    expect(await repository.load('CMP')).toEqual(underWay);
    expect(await repository.load('OPS')).toEqual({ ...NO_RECONCILIATION, watermark: T0 });
  });

  it('reads a document it cannot parse as no reconciliation yet, so the next pass reads the first pass’s window', async () => {
    const kv = memoryKeyValueStore();
    const repository = reconciliationStateRepository(kv);
    await repository.save('CMP', underWay);
    const [key] = [...kv.data.keys()];
    await kv.set(key ?? '', { watermark: 'yesterday' });
    expect(await repository.load('CMP')).toEqual(NO_RECONCILIATION);
  });
});
