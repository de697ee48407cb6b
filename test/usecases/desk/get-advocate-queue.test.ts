import Database from 'better-sqlite3';
import { createSqliteAdvocateQueue, createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import type { IssueSummaries } from '../../../src/ports/issue-summaries.port';
import { getAdvocateQueue } from '../../../src/usecases/desk/get-advocate-queue';
import { makeRecord } from '../../adapters/sql/store-contract';
import { makeConfig, T0 } from '../../domain/factories';

const HOUR = 3_600_000;
const NOW = T0 + 3 * HOUR;
const CONFIG = makeConfig();
const ADVOCATES = CONFIG.groups.advocate;

const ROWS: readonly Partial<ComplaintRecord>[] = [
  { issueId: '10001', issueKey: 'CMP-1', status: 'measures_done', dueAt: NOW + 50 * HOUR },
  { issueId: '10002', issueKey: 'CMP-2', departmentId: null, responsibleAccountId: null },
  { issueId: '10003', issueKey: 'CMP-3', departmentId: 'gone', status: 'in_progress', dueAt: NOW - HOUR },
  { issueId: '10004', issueKey: 'CMP-4', status: 'in_progress', dueAt: NOW + 100 * HOUR },
];

const SUMMARIES = new Map([
  ['10001', 'Card charged twice'],
  ['10002', 'Rude answer on the phone'],
  ['10003', 'Parcel lost'],
]);

const world = async (options: { groups?: readonly string[]; summaries?: IssueSummaries; rows?: readonly Partial<ComplaintRecord>[] } = {}) => {
  const database = new Database(':memory:');
  const store = createSqliteStore(database);
  await store.migrate();
  for (const row of options.rows ?? ROWS) expect(await store.saveComplaint(makeRecord(row), 0)).toBe(true);
  const asked: (readonly string[])[] = [];
  const summaries: IssueSummaries = options.summaries ?? {
    summariesOf: (ids) => {
      asked.push(ids);
      return Promise.resolve(new Map([...SUMMARIES].filter(([id]) => ids.includes(id))));
    },
  };
  const deps = {
    caller: { groupsOfCaller: () => Promise.resolve(options.groups ?? ['jira-servicedesk-users', ADVOCATES]) },
    source: createSqliteAdvocateQueue(database),
    summaries,
    config: CONFIG,
    clock: { now: () => NOW },
  };
  return { run: () => getAdvocateQueue(deps, 'advocate-1'), asked };
};

describe('getAdvocateQueue', () => {
  it('refuses whoever is not in the advocate group, before reading anything', async () => {
    const { run, asked } = await world({ groups: ['jira-servicedesk-users', CONFIG.groups.manager] });
    expect(await run()).toEqual({ kind: 'not_allowed' });
    expect(asked).toEqual([]);
  });

  it('lists what awaits the advocate in order, with department names and summaries, asking Jira once for the listed ids', async () => {
    const { run, asked } = await world();
    const outcome = await run();
    expect(outcome).toEqual({
      kind: 'queue',
      view: {
        now: NOW,
        total: 3,
        complete: true,
        items: [
          expect.objectContaining({ issueKey: 'CMP-3', reason: 'overdue', summary: 'Parcel lost', departmentName: 'gone', since: NOW - HOUR }),
          expect.objectContaining({ issueKey: 'CMP-2', reason: 'triage', summary: 'Rude answer on the phone', departmentName: null }),
          expect.objectContaining({ issueKey: 'CMP-1', reason: 'call_due', summary: 'Card charged twice', departmentName: 'Billing', status: 'measures_done' }),
        ],
      },
    });
    expect(asked).toEqual([['10003', '10002', '10001']]);
  });

  it('leaves out what Jira does not show the user, and counts it out of the total', async () => {
    const { run } = await world({ summaries: { summariesOf: () => Promise.resolve(new Map([['10001', 'Card charged twice']])) } });
    const outcome = await run();
    expect(outcome.kind === 'queue' && outcome.view.items.map((i) => i.issueKey)).toEqual(['CMP-1']);
    expect(outcome.kind === 'queue' && outcome.view.total).toBe(1);
  });

  it('lists nothing when Jira does not say what the user may browse, and says so with a typed error', async () => {
    const { run } = await world({ summaries: { summariesOf: () => Promise.reject(new Error('Jira answered 400')) } });
    await expect(run()).rejects.toMatchObject({ code: 'JIRA_ERROR', message: expect.stringMatching(/none is listed/) as unknown });
  });

  it('does not ask Jira when nothing awaits the advocate', async () => {
    const { run, asked } = await world({ rows: [{ issueId: '10004', issueKey: 'CMP-4', status: 'in_progress', dueAt: NOW + 100 * HOUR }] });
    expect(await run()).toMatchObject({ kind: 'queue', view: { items: [], total: 0, complete: true } });
    expect(asked).toEqual([]);
  });
});
