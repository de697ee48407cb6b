import Database from 'better-sqlite3';
import { createKvsService } from '../../../sandbox/host/kvs-service';
import { createKvsTable } from '../../../sandbox/host/kvs-table';

const setup = () => {
  let now = 1_000;
  const kvs = createKvsService(createKvsTable(new Database(':memory:'), () => now), () => now);
  return { kvs, tick: (ms: number) => (now += ms) };
};

describe('the KVS protocol', () => {
  it('answers a miss with 404 KEY_NOT_FOUND, which @forge/kvs reads as undefined', () => {
    expect(setup().kvs('/api/v1/get', { key: 'nope' })).toEqual({ status: 404, body: { code: 'KEY_NOT_FOUND', message: 'The key was not found' } });
  });

  it('refuses to overwrite under FAIL_IF_EXISTS and returns the previous value on request', () => {
    const { kvs } = setup();
    expect(kvs('/api/v1/set', { key: 'k', value: 1 })).toEqual({ status: 204 });
    expect(kvs('/api/v1/set', { key: 'k', value: 2, options: { keyPolicy: 'FAIL_IF_EXISTS' } }).status).toBe(409);
    expect(kvs('/api/v1/set', { key: 'k', value: 3, options: { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' } }).body).toEqual(expect.objectContaining({ key: 'k', value: 1 }));
    expect(kvs('/api/v1/get', { key: 'k' }).body).toEqual(expect.objectContaining({ value: 3 }));
  });

  it('keeps plain keys, secrets and entities apart', () => {
    const { kvs } = setup();
    kvs('/api/v1/set', { key: 'k', value: 'plain' });
    kvs('/api/v1/secret/set', { key: 'k', value: 'secret' });
    kvs('/api/v1/entity/set', { entityName: 'dept', key: 'k', value: 'entity' });
    expect([kvs('/api/v1/get', { key: 'k' }), kvs('/api/v1/secret/get', { key: 'k' }), kvs('/api/v1/entity/get', { entityName: 'dept', key: 'k' })].map((r) => (r.body as { value: unknown }).value)).toEqual([
      'plain',
      'secret',
      'entity',
    ]);
  });

  it('sets, gets and deletes in batches, reporting misses per key', () => {
    const { kvs } = setup();
    kvs('/api/v1/batch/set', [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
    kvs('/api/v1/batch/delete', [{ key: 'b' }]);
    const got = kvs('/api/v1/batch/get', [{ key: 'a' }, { key: 'b' }]).body as { successfulKeys: { key: string }[]; failedKeys: { key: string }[] };
    expect(got.successfulKeys.map((k) => k.key)).toEqual(['a']);
    expect(got.failedKeys.map((k) => k.key)).toEqual(['b']);
  });

  it('applies an unconditional transaction and refuses a conditional one', () => {
    const { kvs } = setup();
    kvs('/api/v1/set', { key: 'gone', value: 0 });
    expect(kvs('/api/v1/transaction', { set: [{ key: 'new', value: 1 }], delete: [{ key: 'gone' }] }).status).toBe(204);
    expect(kvs('/api/v1/get', { key: 'gone' }).status).toBe(404);
    expect(kvs('/api/v1/transaction', { set: [{ key: 'x', value: 1, entityName: 'e', conditions: { and: [] } }] }).status).toBe(501);
    expect(kvs('/api/v1/get', { key: 'x' }).status).toBe(404);
  });

  it.each([
    ['/api/v1/entity/query', { entityName: 'e', indexName: 'by-x' }, 501],
    ['/api/v1/get', { nokey: true }, 400],
    ['/api/v1/secret/set', { key: 'contact/10001', value: 1 }, 400],
    ['/api/v1/set', { key: '   ', value: 1 }, 400],
    ['/api/v1/set', { key: 'k'.repeat(501), value: 1 }, 400],
    ['/api/v1/set', { key: 'pref:language:712020:5b10ac8d-82e0 #1', value: 1 }, 204],
  ])('answers %s with %s', (path, body, status) => {
    expect(setup().kvs(path, body).status).toBe(status);
  });
});
