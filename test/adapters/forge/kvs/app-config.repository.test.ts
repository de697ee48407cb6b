import { appConfigRepository } from '../../../../src/adapters/forge/kvs/app-config.repository';
import { isAppError } from '../../../../src/domain/app-error';
import { defaultConfig } from '../../../../src/domain/config/parse-config';
import { memoryKeyValueStore } from '../../../support/memory-key-value';

const billing = { id: 'billing', name: 'Billing', leadAccountId: 'lead-billing' };

describe('the configuration repository', () => {
  it('stores the defaults on a first install, and keeps a stored configuration on a later one', async () => {
    const kv = memoryKeyValueStore();
    const configs = appConfigRepository(kv);
    expect(await configs.seedDefault()).toEqual(defaultConfig());
    await configs.save({ departments: [billing] });
    const writes = kv.writes;
    expect((await configs.seedDefault()).departments).toMatchObject([billing]);
    expect(kv.writes).toBe(writes);
  });

  it('saves a configuration with its defaults filled in, and loads it back', async () => {
    const configs = appConfigRepository(memoryKeyValueStore());
    const saved = await configs.save({ departments: [billing] });
    expect(saved.calendar).toEqual(defaultConfig().calendar);
    expect(await configs.load()).toEqual(saved);
  });

  it('refuses an invalid configuration with INVALID_CONFIG and stores nothing', async () => {
    const kv = memoryKeyValueStore();
    const failure: unknown = await appConfigRepository(kv)
      .save({ departments: [{ id: 'Bad Id', name: '' }] })
      .catch((e: unknown) => e);
    expect(isAppError(failure) && failure.code).toBe('INVALID_CONFIG');
    expect(kv.writes).toBe(0);
  });
});
