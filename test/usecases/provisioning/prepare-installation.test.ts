import { appConfigRepository } from '../../../src/adapters/forge/kvs/app-config.repository';
import { setupReportRepository } from '../../../src/adapters/forge/kvs/setup-report.repository';
import { defaultConfig } from '../../../src/domain/config/parse-config';
import { prepareInstallation } from '../../../src/usecases/provisioning/prepare-installation';
import { memoryKeyValueStore } from '../../support/memory-key-value';

const setup = () => {
  const kv = memoryKeyValueStore();
  const configs = appConfigRepository(kv);
  const reports = setupReportRepository(kv);
  const migrations = { count: 0 };
  const queued: string[] = [];
  const install = () =>
    prepareInstallation({
      configs,
      reports,
      clock: { now: () => 7 },
      setupQueue: {
        push: (projectKey) => {
          queued.push(projectKey);
          return Promise.resolve();
        },
      },
      store: {
        migrate: () => {
          migrations.count += 1;
          return Promise.resolve();
        },
      },
    });
  return { configs, reports, migrations, queued, install };
};

describe('after an install', () => {
  it('a fresh install stores the default configuration, migrates the index and sets up no project', async () => {
    const { configs, migrations, queued, install } = setup();
    expect(await install()).toBeNull();
    expect(await configs.load()).toEqual(defaultConfig());
    expect(migrations.count).toBe(1);
    expect(queued).toEqual([]);
  });

  it('a reinstall keeps the configuration and starts Set up project again on the project it last ran on', async () => {
    const { configs, reports, queued, install } = setup();
    await configs.save({ departments: [{ id: 'billing', name: 'Billing' }] });
    await reports.save({ projectKey: 'CMP', startedAt: 1, finishedAt: 2, steps: [] });
    expect(await install()).toEqual({ projectKey: 'CMP', startedAt: 7, finishedAt: null, steps: [] });
    expect(queued).toEqual(['CMP']);
    expect((await configs.load()).departments.map((d) => d.id)).toEqual(['billing']);
  });
});
