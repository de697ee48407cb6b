import Resolver from '@forge/resolver';
import { appConfigRepository } from '../../../src/adapters/forge/kvs/app-config.repository';
import { setupReportRepository } from '../../../src/adapters/forge/kvs/setup-report.repository';
import { AppError } from '../../../src/domain/app-error';
import { parseConfig } from '../../../src/domain/config/parse-config';
import { unboundBinding } from '../../../src/jira/provisioning/project-binding';
import { defineConfigurationResolvers } from '../../../src/handlers/resolvers/configuration.resolvers';
import { memoryKeyValueStore } from '../../support/memory-key-value';

const billing = { id: 'billing', name: 'Billing', leadAccountId: 'lead-1' };

/** Calls the admin page's settings keys the way the Forge runtime does; the admin check stands in for Jira's mypermissions. */
const setup = async (isAdmin: boolean) => {
  const kv = memoryKeyValueStore();
  const configs = appConfigRepository(kv);
  await configs.save({ departments: [billing] });
  const queued: string[] = [];
  const searches: { query: string; limit: number }[] = [];
  const handler = defineConfigurationResolvers(new Resolver(), {
    callerIsJiraAdmin: () => Promise.resolve(isAdmin),
    configs,
    people: { learnLanguages: () => Promise.resolve(0) },
    bindings: { all: () => Promise.resolve([unboundBinding('CMP')]) },
    names: { displayNamesOf: (ids) => Promise.resolve(new Map(ids.filter((id) => id === 'lead-1').map((id) => [id, 'Boris Belov']))) },
    components: {
      componentsOf: (projectKey) =>
        projectKey === 'CMP' ? Promise.resolve([{ id: '10000', name: 'Billing', lead: { accountId: 'lead-1', displayName: 'Boris Belov' } }]) : Promise.reject(new AppError('NOT_FOUND', 'No project')),
    },
    users: {
      find: (query, limit) => {
        searches.push({ query, limit });
        return Promise.resolve([{ accountId: 'lead-2', displayName: 'Sofia Stone' }]);
      },
    },
    requestSetup: () => ({
      configs,
      reports: setupReportRepository(kv),
      clock: { now: () => 5 },
      setupQueue: {
        push: (key: string) => {
          queued.push(key);
          return Promise.resolve();
        },
      },
    }),
  }).getDefinitions();
  const call = (functionKey: string, payload: unknown) =>
    handler({ call: { functionKey, payload }, context: { localId: 'admin-1', extension: { type: 'jira:adminPage' } } }, { principal: { accountId: 'adele' } });
  return { kv, configs, queued, searches, call };
};

describe('configuration resolvers', () => {
  it('answers the stored configuration, defaults filled in, with the names of its people, to an admin', async () => {
    const { call } = await setup(true);
    expect(await call('config/get', {})).toEqual({ ok: true, data: { config: parseConfig({ departments: [billing] }), names: { 'lead-1': 'Boris Belov' }, projects: ['CMP'] } });
  });

  it("answers a project's components with their leads, and NOT_FOUND for a project Jira does not show", async () => {
    const { call } = await setup(true);
    expect(await call('project/components', { projectKey: 'CMP' })).toEqual({
      ok: true,
      data: { components: [{ id: '10000', name: 'Billing', lead: { accountId: 'lead-1', displayName: 'Boris Belov' } }] },
    });
    expect(await call('project/components', { projectKey: 'HR' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('project/components', { projectKey: '../x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path: 'projectKey' }] } });
  });

  it('finds people by what the admin typed, trimmed, a page of twenty at most', async () => {
    const { call, searches } = await setup(true);
    expect(await call('users/search', { query: ' sof ' })).toEqual({ ok: true, data: { users: [{ accountId: 'lead-2', displayName: 'Sofia Stone' }] } });
    expect(searches).toEqual([{ query: 'sof', limit: 20 }]);
    expect(await call('users/search', { query: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path: 'query' }] } });
  });

  it('saves a whole configuration for an admin, and sets the project up again when the manager group changes', async () => {
    const { call, configs, queued } = await setup(true);
    const config = parseConfig({ departments: [{ ...billing, leadAccountId: 'lead-2' }], groups: { advocate: 'complaint-advocates', manager: 'bosses' } });
    expect(await call('config/save', { config })).toEqual({ ok: true, data: { config, setupRequested: ['CMP'] } });
    expect(await configs.load()).toEqual(config);
    expect(queued).toEqual(['CMP']);
  });

  it('rejects an invalid configuration field by field, and changes nothing', async () => {
    const { call, kv, queued } = await setup(true);
    const writes = kv.writes;
    const answer = await call('config/save', { config: { departments: [{ ...billing, id: 'Billing Dept' }], calendar: { dayStart: '18:00', dayEnd: '09:00' } } });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: [
          { path: 'departments.0.id', message: 'must be lowercase letters, digits and dashes, at most 40' },
          { path: 'calendar.dayEnd', message: 'the working day must end after it starts' },
        ],
      },
    });
    expect([kv.writes - writes, queued]).toEqual([0, []]);
  });

  it.each([
    ['config/get', {}],
    ['config/save', { config: { departments: [] } }],
    ['users/search', { query: 'sof' }],
    ['project/components', { projectKey: 'CMP' }],
  ])('refuses %s to someone who is not a Jira admin, and changes nothing', async (key, payload) => {
    const { call, kv, configs, searches } = await setup(false);
    const writes = kv.writes;
    expect(await call(key, payload)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a Jira admin (Administer Jira) can see or change the app’s settings.', fields: [] },
    });
    expect(kv.writes).toBe(writes);
    expect((await configs.load()).departments).toHaveLength(1);
    expect(searches).toEqual([]);
  });

  it('rejects a save whose payload carries more than the configuration', async () => {
    const { call } = await setup(true);
    expect(await call('config/save', { config: {}, accountId: 'someone' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
