import Resolver from '@forge/resolver';
import { defineProjectSetupResolvers } from '../../../src/handlers/resolvers/project-setup.resolvers';
import { appConfigRepository } from '../../../src/adapters/forge/kvs/app-config.repository';
import { projectBindingRepository } from '../../../src/adapters/forge/kvs/project-binding.repository';
import { setupReportRepository } from '../../../src/adapters/forge/kvs/setup-report.repository';
import { fakeJiraSetup, TEST_APP } from '../../usecases/provisioning/fake-jira-setup';
import { memoryKeyValueStore } from '../../support/memory-key-value';

/** Calls the admin resolver the way the Forge runtime does; the admin check stands in for Jira's mypermissions. */
const setup = (isAdmin: boolean) => {
  const kv = memoryKeyValueStore();
  const fake = fakeJiraSetup();
  const reports = setupReportRepository(kv);
  const handler = defineProjectSetupResolvers(new Resolver(), {
    callerIsJiraAdmin: () => Promise.resolve(isAdmin),
    setUpProject: () =>
      Promise.resolve({ jira: fake.jira, configs: appConfigRepository(kv), app: TEST_APP, clock: { now: () => 5 }, reports, bindings: projectBindingRepository(kv) }),
    reports,
  }).getDefinitions();
  const call = (functionKey: string, payload: unknown) =>
    handler({ call: { functionKey, payload }, context: { localId: 'admin-1', extension: { type: 'jira:adminPage' } } }, { principal: { accountId: 'adele' } });
  return { kv, reports, fake, call };
};

describe('project setup resolvers', () => {
  it('runs Set up project for an admin, keeps the report and answers it', async () => {
    const { call, reports, fake } = setup(true);
    const answer = (await call('project/set-up', { projectKey: 'CMP' })) as { ok: boolean; data: { report: { steps: unknown[] } } };
    expect(answer.ok).toBe(true);
    expect(answer.data.report.steps).toHaveLength(7);
    expect(await reports.load()).toEqual(answer.data.report);
    expect(await call('project/setup-status', {})).toEqual({ ok: true, data: { report: answer.data.report } });
    expect(fake.writes.length).toBeGreaterThan(0);
  });

  it('answers no report before the first run', async () => {
    expect(await setup(true).call('project/setup-status', {})).toEqual({ ok: true, data: { report: null } });
  });

  it.each([
    ['project/set-up', { projectKey: 'CMP' }],
    ['project/setup-status', {}],
  ])('refuses %s to someone who is not a Jira admin, and changes nothing', async (key, payload) => {
    const { call, kv, fake } = setup(false);
    expect(await call(key, payload)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a Jira admin (Administer Jira) can set up a project.', fields: [] },
    });
    expect([kv.writes, fake.writes.length]).toEqual([0, 0]);
  });

  it.each([
    ['a lowercase key', { projectKey: 'cmp' }],
    ['no key', {}],
    ['an extra property', { projectKey: 'CMP', accountId: 'someone' }],
  ])('rejects %s with INVALID_INPUT and changes nothing', async (_what, payload) => {
    const { call, kv, fake } = setup(true);
    expect(await call('project/set-up', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect([kv.writes, fake.writes.length]).toEqual([0, 0]);
  });

  it('rejects a stored configuration that no longer validates, before touching Jira', async () => {
    const { call, kv, fake } = setup(true);
    // What an older version, or a hand edit, may have left: the repository itself refuses to save it.
    kv.data.set('config', { departments: [{ id: 'Bad Id', name: '' }] });
    expect(await call('project/set-up', { projectKey: 'CMP' })).toMatchObject({ ok: false, error: { code: 'INVALID_CONFIG' } });
    expect(fake.writes).toEqual([]);
  });
});
