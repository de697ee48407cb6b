import { appConfigRepository } from '../../../src/adapters/forge/kvs/app-config.repository';
import { setupReportRepository } from '../../../src/adapters/forge/kvs/setup-report.repository';
import { parseConfig } from '../../../src/domain/config/parse-config';
import { unboundBinding } from '../../../src/jira/provisioning/project-binding';
import { saveConfiguration } from '../../../src/usecases/configuration/save-configuration';
import { memoryKeyValueStore } from '../../support/memory-key-value';

const billing = { id: 'billing', name: 'Billing', leadAccountId: 'lead-1' };

/** A stored configuration with Billing, two projects set up, and a queue that records what it is given. */
const world = async () => {
  const kv = memoryKeyValueStore();
  const configs = appConfigRepository(kv);
  // Reconciliation's list of the projects Set up project ran in.
  const bindings = { all: () => Promise.resolve([unboundBinding('CMP'), unboundBinding('HR')]) };
  await configs.save({ departments: [billing] });
  const queued: string[] = [];
  const learnt: string[][] = [];
  const reports = setupReportRepository(kv);
  const deps = {
    configs,
    bindings,
    people: {
      learnLanguages: (ids: readonly string[]) => {
        learnt.push([...ids]);
        return Promise.resolve(ids.length);
      },
    },
    requestSetup: () => ({
      configs,
      reports,
      clock: { now: () => 7 },
      setupQueue: {
        push: (key: string) => {
          queued.push(key);
          return Promise.resolve();
        },
      },
    }),
  };
  return { kv, configs, queued, learnt, deps, save: (input: unknown) => saveConfiguration(deps, input) };
};

describe('saving the configuration', () => {
  it('stores a new lead, defaults filled in, and queues no set-up since Jira holds no lead', async () => {
    const w = await world();
    const saved = await w.save({ departments: [{ ...billing, leadAccountId: 'lead-2' }] });
    expect(saved).toEqual({ config: parseConfig({ departments: [{ ...billing, leadAccountId: 'lead-2' }] }), setupRequested: [] });
    expect((await w.configs.load()).departments[0]?.leadAccountId).toBe('lead-2');
    expect(w.queued).toEqual([]);
  });

  it('learns the languages of every person the departments name, so that routing’s first message asks Jira nothing', async () => {
    const w = await world();
    await w.save({ departments: [{ ...billing, deputyAccountId: 'deputy-1', advocateAccountId: 'lead-1' }, { id: 'hr', name: 'HR', escalationManagerAccountId: 'boss-1' }] });
    expect(w.learnt).toEqual([['lead-1', 'deputy-1', 'boss-1']]);
  });

  it('saves all the same when the languages cannot be learnt now', async () => {
    const w = await world();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const deps = { ...w.deps, people: { learnLanguages: () => Promise.reject(new Error('Jira down')) } };
    const saved = await saveConfiguration(deps, { departments: [{ ...billing, leadAccountId: 'lead-2' }] });
    expect(saved.config.departments[0]?.leadAccountId).toBe('lead-2');
    expect((await w.configs.load()).departments[0]?.leadAccountId).toBe('lead-2');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('queues Set up project on every bound project when the advocate group changes', async () => {
    const w = await world();
    const saved = await w.save({ departments: [billing], groups: { advocate: 'champions', manager: 'complaint-managers' } });
    expect([...saved.setupRequested].sort()).toEqual(['CMP', 'HR']);
    expect([...w.queued].sort()).toEqual(['CMP', 'HR']);
    expect((await w.configs.load()).groups.advocate).toBe('champions');
  });

  it('rejects an invalid configuration with INVALID_INPUT naming each field, and stores and queues nothing', async () => {
    const w = await world();
    const writes = w.kv.writes;
    await expect(w.save({ departments: [{ ...billing, leadAccountId: ' ' }], currency: 'euro' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: [
        { path: 'departments.0.leadAccountId', message: 'must be a Jira account id' },
        { path: 'currency', message: 'must be an ISO 4217 code such as EUR' },
      ],
    });
    expect([w.kv.writes - writes, w.queued]).toEqual([0, []]);
  });

  it('lets a save repair a stored configuration that no longer validates, and sets the projects up again with it', async () => {
    const w = await world();
    w.kv.data.set('config', { currency: 'bad' });
    const saved = await w.save({ departments: [billing] });
    expect(saved.config.currency).toBe('EUR');
    expect([...w.queued].sort()).toEqual(['CMP', 'HR']);
  });

  it('passes on a store failure while reading the stored configuration', async () => {
    const w = await world();
    const failing = { ...w.deps, configs: { ...w.configs, load: () => Promise.reject(new Error('KVS down')) } };
    await expect(saveConfiguration(failing, { departments: [billing] })).rejects.toThrow('KVS down');
  });
});
