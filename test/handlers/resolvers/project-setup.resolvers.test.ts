import Resolver from '@forge/resolver';
import { defineProjectSetupResolvers } from '../../../src/handlers/resolvers/project-setup.resolvers';
import { appConfigRepository } from '../../../src/adapters/forge/kvs/app-config.repository';
import { setupReportRepository } from '../../../src/adapters/forge/kvs/setup-report.repository';
import { memoryKeyValueStore } from '../../support/memory-key-value';

/** Calls the admin resolver the way the Forge runtime does; the admin check stands in for Jira's mypermissions. */
const setup = (isAdmin: boolean) => {
  const kv = memoryKeyValueStore();
  const reports = setupReportRepository(kv);
  const queued: string[] = [];
  const setupQueue = {
    push: (projectKey: string) => {
      queued.push(projectKey);
      return Promise.resolve();
    },
  };
  const handler = defineProjectSetupResolvers(new Resolver(), {
    callerIsJiraAdmin: () => Promise.resolve(isAdmin),
    requestSetup: () => ({ configs: appConfigRepository(kv), reports, setupQueue, clock: { now: () => 5 } }),
    reports,
  }).getDefinitions();
  const call = (functionKey: string, payload: unknown) =>
    handler({ call: { functionKey, payload }, context: { localId: 'admin-1', extension: { type: 'jira:adminPage' } } }, { principal: { accountId: 'adele' } });
  return { kv, reports, queued, call };
};

describe('project setup resolvers', () => {
  it('starts Set up project on the queue for an admin, and answers at once with the report of a run just begun', async () => {
    const { call, reports, queued } = setup(true);
    const answer = await call('project/set-up', { projectKey: 'CMP' });
    expect(answer).toEqual({ ok: true, data: { report: { projectKey: 'CMP', startedAt: 5, finishedAt: null, steps: [] } } });
    expect(queued).toEqual(['CMP']);
    expect(await reports.load()).toEqual({ projectKey: 'CMP', startedAt: 5, finishedAt: null, steps: [] });
    expect(await call('project/setup-status', {})).toEqual(answer);
  });

  it('answers no report before the first run', async () => {
    expect(await setup(true).call('project/setup-status', {})).toEqual({ ok: true, data: { report: null } });
  });

  it.each([
    ['project/set-up', { projectKey: 'CMP' }],
    ['project/setup-status', {}],
  ])('refuses %s to someone who is not a Jira admin, and changes nothing', async (key, payload) => {
    const { call, kv, queued } = setup(false);
    expect(await call(key, payload)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a Jira admin (Administer Jira) can set up a project.', fields: [] },
    });
    expect([kv.writes, queued]).toEqual([0, []]);
  });

  it.each([
    ['a lowercase key', { projectKey: 'cmp' }],
    ['no key', {}],
    ['an extra property', { projectKey: 'CMP', accountId: 'someone' }],
  ])('rejects %s with INVALID_INPUT and changes nothing', async (_what, payload) => {
    const { call, kv, queued } = setup(true);
    expect(await call('project/set-up', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect([kv.writes, queued]).toEqual([0, []]);
  });

  it('rejects a stored configuration that no longer validates, before touching Jira', async () => {
    const { call, kv, queued } = setup(true);
    // What an older version, or a hand edit, may have left: the repository itself refuses to save it.
    kv.data.set('config', { departments: [{ id: 'Bad Id', name: '' }] });
    expect(await call('project/set-up', { projectKey: 'CMP' })).toMatchObject({ ok: false, error: { code: 'INVALID_CONFIG' } });
    expect(queued).toEqual([]);
  });
});
