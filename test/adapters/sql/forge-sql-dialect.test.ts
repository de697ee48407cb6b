import { Kysely, sql } from 'kysely';
import { toForgeParam } from '../../../src/adapters/forge/sql/forge-sql-connection';
import { forgeSqlDialect } from '../../../src/adapters/forge/sql/forge-sql-dialect';
import { createForgeSqlStore } from '../../../src/adapters/forge/sql/forge-sql-store.adapter';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { installForgeSqlHost } from './forge-sql-host';
import { makeRecord } from './store-contract';

const host = installForgeSqlHost();
const db = new Kysely<StoreDatabase>({ dialect: forgeSqlDialect });
beforeEach(() => {
  host.reset();
});

describe('the Forge SQL dialect', () => {
  it('sends DDL to the DDL endpoint and MySQL statements to the statement endpoint', async () => {
    const store = createForgeSqlStore();
    await store.migrate();
    await store.appendTrail([{ issueId: '1', key: 'route', at: 1, kind: 'routed', actorAccountId: null, reason: 'routing.lead', recipients: [], status: 'registered' }]);
    const ddl = host.requests.filter((r) => r.path === '/api/v1/execute/ddl').map((r) => r.query.split(' (')[0]);
    // Later steps append their own DDL after these.
    expect(ddl.slice(0, 6)).toEqual([
      'create table if not exists `schema_migrations`',
      'create table if not exists `complaint`',
      'create index if not exists `complaint_next_due` on `complaint`',
      'create index if not exists `complaint_scope` on `complaint`',
      'create index if not exists `complaint_period` on `complaint`',
      'create table if not exists `complaint_trail`',
    ]);
    expect(ddl).toContain('alter table `complaint` add column `responsible_account_id` varchar(128)');
    // The open snapshot's covering index takes the place of `complaint_scope`, in MySQL's spelling.
    expect(ddl).toEqual(expect.arrayContaining(['create index if not exists `complaint_open` on `complaint`', 'drop index if exists `complaint_scope` on `complaint`']));
    expect(ddl).toEqual(expect.arrayContaining(['create table if not exists `message`', 'create index if not exists `message_due` on `message`']));
    expect(host.requests.at(-1)).toEqual(expect.objectContaining({ path: '/api/v1/execute', query: expect.stringMatching(/^insert ignore into `complaint_trail`/) as unknown }));
  });

  it('reads several complaints in one call', async () => {
    const store = createForgeSqlStore();
    await store.migrate();
    for (const issueId of ['1', '2', '3']) await store.saveComplaint(makeRecord({ issueId }), 0);
    host.requests.length = 0;
    expect(await store.getComplaints(['1', '2', '3'])).toHaveLength(3);
    expect(host.requests).toHaveLength(1);
  });

  it('writes parameters as JSON and MySQL can take them', async () => {
    const rows = await sql<{ big: string; day: string; yes: number; text: string; none: null }>`select ${2n ** 60n} as big, ${new Date(Date.UTC(2026, 2, 2, 9, 30))} as day, ${true} as yes, ${'a'} as text, ${null} as none`.execute(db);
    expect(host.requests[0]?.params).toEqual(['1152921504606846976', '2026-03-02 09:30:00.000', 1, 'a', null]);
    expect(rows.rows).toEqual([{ big: '1152921504606846976', day: '2026-03-02 09:30:00.000', yes: 1, text: 'a', none: null }]);
  });

  it('leaves other parameters as they are', () => {
    expect([toForgeParam(3.5), toForgeParam('x'), toForgeParam(null), toForgeParam(false)]).toEqual([3.5, 'x', null, 0]);
  });

  it('reports the rows a write touched', async () => {
    await sql`create table t (a int)`.execute(db);
    const inserted = await sql`insert into t (a) values (1), (2)`.execute(db);
    expect(inserted.numAffectedRows).toBe(2n);
  });

  it('refuses transactions, which stateless calls cannot hold', async () => {
    await expect(db.transaction().execute(() => Promise.resolve())).rejects.toThrow('Forge SQL has no transactions');
  });

  it('refuses DDL with parameters, which the DDL endpoint cannot take', async () => {
    await expect(sql`create table t (a int default ${1})`.execute(db)).rejects.toThrow('Forge SQL runs DDL without parameters');
    expect(host.requests).toEqual([]);
  });
});
