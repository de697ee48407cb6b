import { appConfigRepository } from '../../../src/adapters/forge/kvs/app-config.repository';
import { projectBindingRepository } from '../../../src/adapters/forge/kvs/project-binding.repository';
import { setupReportRepository } from '../../../src/adapters/forge/kvs/setup-report.repository';
import { defaultConfig } from '../../../src/domain/config/parse-config';
import { setupSucceeded } from '../../../src/domain/setup/setup-report';
import { prepareInstallation } from '../../../src/usecases/provisioning/prepare-installation';
import { setUpProject } from '../../../src/usecases/provisioning/set-up-project';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { fakeJiraSetup, TEST_APP } from './fake-jira-setup';

const setup = () => {
  const kv = memoryKeyValueStore();
  const fake = fakeJiraSetup();
  const configs = appConfigRepository(kv);
  const reports = setupReportRepository(kv);
  const migrations = { count: 0 };
  const deps = { jira: fake.jira, configs, app: TEST_APP, clock: { now: () => 7 }, reports, bindings: projectBindingRepository(kv) };
  const install = () =>
    prepareInstallation({
      configs,
      reports,
      store: {
        migrate: () => {
          migrations.count += 1;
          return Promise.resolve();
        },
      },
      setUp: () => Promise.resolve(deps),
    });
  return { fake, configs, reports, migrations, deps, install };
};

describe('after an install', () => {
  it('a fresh install stores the default configuration, migrates the index and sets up no project', async () => {
    const { fake, configs, migrations, install } = setup();
    expect(await install()).toBeNull();
    expect(await configs.load()).toEqual(defaultConfig());
    expect(migrations.count).toBe(1);
    expect(fake.writes).toEqual([]);
  });

  it('a reinstall keeps the configuration and runs Set up project again on the project it last ran on', async () => {
    const { fake, configs, deps, install } = setup();
    await configs.save({ departments: [{ id: 'billing', name: 'Billing' }] });
    await setUpProject(deps, 'CMP');
    fake.writes.length = 0;
    const report = await install();
    expect(report?.projectKey).toBe('CMP');
    expect(report !== null && setupSucceeded(report)).toBe(true);
    // The project is complete already, so the rerun only reads.
    expect(fake.writes).toEqual([]);
    expect((await configs.load()).departments.map((d) => d.id)).toEqual(['billing']);
  });
});
