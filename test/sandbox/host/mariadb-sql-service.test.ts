import { useMariadbDatabase } from '../../support/mariadb/mariadb-database';

/*
 * The Forge SQL endpoint over the run's MariaDB server answers as the SQLite one does
 * (`sql-service.ts`), with MySQL's own verdicts and Forge SQL's JSON-normalised values.
 */
const database = useMariadbDatabase();
const execute = (query: string, params: unknown[] = [], path = '/api/v1/execute') => database().service(path, { query, params, method: 'all' });

describe('the Forge SQL endpoint on MariaDB', () => {
  beforeAll(async () => {
    await execute('create table t (k varchar(10) primary key, n int not null, big bigint, d decimal(10,2), x double)', [], '/api/v1/execute/ddl');
  });

  it('answers a write with MySQL’s result header, counting an ON DUPLICATE KEY UPDATE that changes a row twice', async () => {
    const upsert = 'insert into t (k, n) values (?, ?) on duplicate key update n = values(n)';
    expect(await execute(upsert, ['a', 1])).toEqual({ status: 200, body: { rows: expect.objectContaining({ affectedRows: 1, insertId: 0 }) as unknown } });
    expect(await execute(upsert, ['a', 2])).toEqual({ status: 200, body: { rows: expect.objectContaining({ affectedRows: 2 }) as unknown } });
    expect(await execute(upsert, ['a', 2])).toEqual({ status: 200, body: { rows: expect.objectContaining({ affectedRows: 0 }) as unknown } });
  });

  it('answers BIGINT, DECIMAL and COUNT as strings and INT and DOUBLE as numbers, as Forge SQL documents', async () => {
    await execute('insert into t (k, n, big, d, x) values (?, ?, ?, ?, ?)', ['b', 7, '9007199254740993', '12.50', 0.25]);
    expect(await execute('select n, big, d, x, (select count(*) from t) as c from t where k = ?', ['b'])).toEqual({
      status: 200,
      body: { rows: [{ n: 7, big: '9007199254740993', d: '12.50', x: 0.25, c: '2' }] },
    });
  });

  it('refuses in strict mode what SQLite would store, in Forge SQL’s error shape with MySQL’s message', async () => {
    expect(await execute('insert into t (k, n) values (?, ?)', ['too long a key', 1])).toEqual({
      status: 400,
      body: { code: 'SQL_EXECUTION_ERROR', message: expect.stringContaining("Data too long for column 'k'") as unknown },
    });
    expect(await execute('select k, count(*) from t group by n')).toEqual({
      status: 400,
      body: { code: 'SQL_EXECUTION_ERROR', message: expect.stringContaining("isn't in GROUP BY") as unknown },
    });
  });

  it('refuses what the endpoint does not take before it reaches the server', async () => {
    expect(await database().service('/api/v1/migrate', { query: 'select 1' })).toMatchObject({ status: 501, body: { code: 'UNKNOWN_ERROR' } });
    expect(await database().service('/api/v1/execute', { query: '' })).toMatchObject({ status: 400, body: { code: 'INVALID_SQL_QUERY' } });
  });
});
