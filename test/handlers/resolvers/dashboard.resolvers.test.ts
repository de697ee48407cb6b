import Resolver from '@forge/resolver';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { createSqlDashboardFigures } from '../../../src/adapters/sql/dashboard/sql-dashboard-figures';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { evidenceMeasures, timingSettingsOf } from '../../../src/domain/metrics/complaint-timings';
import { computeDashboard } from '../../../src/domain/metrics/compute-dashboard';
import { defineDashboardResolvers } from '../../../src/handlers/resolvers/dashboard.resolvers';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { DASHBOARD_TOP } from '../../../src/usecases/dashboard/get-dashboard-figures';
import { makeConfig } from '../../domain/factories';
import { makeBinding } from '../../jira/provisioning/provisioning-fixtures';
import { at, DATASET, NOW } from '../../domain/metrics/metrics-dataset';

type Answer = { ok: true; data: GadgetFigures } | { ok: false; error: { code: string; message: string; fields: { path: string }[] } };

const CONFIG = makeConfig({ currency: 'GBP', repeatWindowDays: 7, policy: { overall: { preset: 'fca' } } });
const REQUEST = { projectKeys: ['CA'], periodMonths: 2, departmentIds: [] };

/** The gadget's call as Forge makes it, over the fixed data set in SQLite, with a stand-in for Jira's Browse Projects answer. */
const world = async (browsable: readonly string[] = ['CA', 'OTHER'], bound: readonly string[] = ['CA']) => {
  const database = new Database(':memory:');
  const store = createSqliteStore(database, timingSettingsOf(CONFIG));
  await store.migrate();
  for (const r of DATASET) await store.saveComplaint({ ...r, nextDueAt: null, sharedMeasures: null, routedAt: null, routeAttempts: 0, jiraUpdatedAt: r.createdAt, version: 1 } satisfies ComplaintRecord, 0);
  const asked: string[] = [];
  const handler = defineDashboardResolvers(new Resolver(), {
    dashboard: () =>
      Promise.resolve({
        access: {
          mayBrowseProject: (key: string) => {
            asked.push(key);
            return Promise.resolve(browsable.includes(key));
          },
        },
        figures: createSqlDashboardFigures(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) })),
        config: CONFIG,
        clock: { now: () => NOW },
        bindings: { load: (projectKey: string) => Promise.resolve(bound.includes(projectKey) ? makeBinding({ projectKey }) : null) },
      }),
    config: () => Promise.resolve(CONFIG),
  }).getDefinitions();
  const invoke = (functionKey: string, payload: unknown, accountId: string | null) =>
    handler({ call: { functionKey, payload }, context: {} }, { principal: accountId === null ? undefined : { accountId } });
  const call = (payload: unknown, accountId: string | null = 'manager-1') => invoke('gadget/figures', payload, accountId) as Promise<Answer>;
  const stored = await Promise.all(DATASET.map(async (r) => (await store.getComplaint(r.issueId)) as ComplaintRecord));
  return { call, invoke, asked, stored };
};

describe('gadget/figures', () => {
  it('answers the last two months of the chosen project, as the domain defines every figure, with the department names', async () => {
    const { call, asked, stored } = await world();
    const answer = await call(REQUEST);
    if (!answer.ok) throw new Error(answer.error.message);
    // March and April 2024 in London: NOW is 2 April.
    const period = { from: at('2024-03-01T00:00:00Z'), to: at('2024-04-30T23:00:00Z') };
    const query = { ...REQUEST, period, timeZone: 'Europe/London', top: DASHBOARD_TOP, currency: 'GBP', repeatWindowDays: 7, acknowledgeBusinessDays: 1 };
    expect(answer.data.figures).toEqual(computeDashboard(stored, query, evidenceMeasures(timingSettingsOf(CONFIG)), NOW));
    expect(answer.data.figures.registered).toBe(9);
    expect(answer.data.figures.compensation.currency).toBe('GBP');
    expect(answer.data.figures.trend.map((m) => m.month)).toEqual(['2024-03', '2024-04']);
    expect(answer.data.departmentNames).toMatchObject({ billing: 'Billing', support: 'Support' });
    expect(asked).toEqual(['CA']);
    const binding = makeBinding();
    expect(answer.data.search).toEqual({ issueTypeId: binding.issueTypeId, statusIds: binding.statusIds, departmentFieldId: binding.fieldIds.department });
  });

  it('names the ids of the first project Set up project ran in, or none', async () => {
    const second = await (await world(['CA', 'OTHER'], ['OTHER'])).call({ ...REQUEST, projectKeys: ['CA', 'OTHER'] });
    expect(second.ok && second.data.search?.departmentFieldId).toBe(makeBinding().fieldIds.department);
    const none = await (await world(['CA'], [])).call(REQUEST);
    expect(none.ok && none.data.search).toBeNull();
  });

  it('refuses the whole view when one project may not be browsed, naming it', async () => {
    const { call } = await world(['CA']);
    const answer = await call({ ...REQUEST, projectKeys: ['CA', 'SECRET'] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('SECRET') as string } });
  });

  it.each([
    ['an unknown key', { ...REQUEST, issueId: '10001' }, '(root)'],
    ['no project', { ...REQUEST, projectKeys: [] }, 'projectKeys'],
    ['a lower-case project key', { ...REQUEST, projectKeys: ['ca'] }, 'projectKeys.0'],
    ['a period of 13 months', { ...REQUEST, periodMonths: 13 }, 'periodMonths'],
    ['a department id that is not one', { ...REQUEST, departmentIds: ['Billing'] }, 'departmentIds.0'],
  ])('rejects %s before asking Jira', async (_name, payload, path) => {
    const { call, asked } = await world();
    const answer = await call(payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!answer.ok) expect(answer.error.fields.map((f) => f.path)).toContain(path);
    expect(asked).toEqual([]);
  });

  it('takes triage as a department and refuses a call without a user', async () => {
    const { call } = await world();
    const triage = await call({ ...REQUEST, departmentIds: ['triage'] });
    expect(triage.ok && triage.data.figures.open.total).toBe(1); // CA-9
    expect(await call(REQUEST, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('gadget/departments', () => {
  it('lists the configured departments by id and name for any signed-in user, and nobody else', async () => {
    const { invoke } = await world();
    expect(await invoke('gadget/departments', {}, 'registrar-1')).toEqual({
      ok: true,
      data: { departments: CONFIG.departments.map((d) => ({ id: d.id, name: d.name })) },
    });
    expect(CONFIG.departments.length).toBeGreaterThan(0);
    expect(await invoke('gadget/departments', {}, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a payload, since it takes none', async () => {
    const { invoke } = await world();
    expect(await invoke('gadget/departments', { projectKeys: ['CMP'] }, 'registrar-1')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
