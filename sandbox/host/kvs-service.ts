import { z } from 'zod';
import type { KvsRow, KvsTable } from './kvs-table';
import { ok, platformError, type ServiceReply } from './service-reply';

/**
 * The Forge KVS protocol that @forge/kvs speaks through `__forge_fetch__({type:'kvs'})`:
 * POST /api/v1/{get,set,delete,query}, secret/*, entity/{get,set,delete}, batch/* and
 * transaction (without conditions). Custom-entity index queries (entity/query) and
 * conditional transactions are not emulated and answer 501.
 */
export type KvsService = (path: string, body: unknown) => ServiceReply;

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;
const DEFAULT_QUERY_LIMIT = 10;
const MAX_QUERY_LIMIT = 100;

const metadata = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'])).optional();
const setOptions = z
  .object({
    ttl: z.object({ value: z.number().positive(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) }).optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: metadata,
  })
  .optional();
/** Forge's key rules (its KVS error table: KEY_TOO_LONG, INVALID_KEY): at most 500 characters, of these, not all blank. */
const storageKey = z
  .string()
  .min(1)
  .max(500)
  .regex(/^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/, 'The key does not match /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/');
const keyOnly = z.object({ key: storageKey, entityName: z.string().optional() });
const getRequest = keyOnly.extend({ options: z.object({ metadataFields: metadata }).optional() });
const setRequest = keyOnly.extend({ value: z.unknown(), options: setOptions });
const queryRequest = z.object({
  limit: z.number().int().positive().optional(),
  after: z.string().optional(),
  where: z.array(z.object({ property: z.literal('key'), condition: z.literal('BEGINS_WITH'), values: z.tuple([z.string()]) })).optional(),
});
const transactionRequest = z.object({
  set: z.array(setRequest.extend({ conditions: z.unknown().optional() })).optional(),
  delete: z.array(keyOnly.extend({ conditions: z.unknown().optional() })).optional(),
  check: z.array(z.unknown()).optional(),
});

const keyNotFound = platformError(404, 'KEY_NOT_FOUND', 'The key was not found');

const rowJson = (row: KvsRow) => ({
  key: row.key,
  value: row.value,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  ...(row.expireAt === null ? {} : { expireTime: new Date(row.expireAt).toISOString() }),
});

export const createKvsService = (table: KvsTable, now: () => number): KvsService => {
  const expiry = (options: z.infer<typeof setOptions>): number | null => (options?.ttl ? now() + options.ttl.value * TTL_UNIT_MS[options.ttl.unit] : null);

  const get = (namespace: string, body: unknown): ServiceReply => {
    const { key } = getRequest.parse(body);
    const row = table.get(namespace, key);
    return row ? ok(rowJson(row)) : keyNotFound;
  };
  const set = (namespace: string, body: unknown): ServiceReply => {
    const { key, value, options } = setRequest.parse(body);
    if (options?.keyPolicy === 'FAIL_IF_EXISTS' && table.get(namespace, key)) {
      return platformError(409, 'KEY_ALREADY_EXISTS', `The key ${key} already exists`);
    }
    const before = table.put(namespace, key, value, expiry(options));
    if (options?.returnValue === undefined) return ok();
    const returned = options.returnValue === 'PREVIOUS' ? before : table.get(namespace, key);
    return returned ? ok(rowJson(returned)) : ok();
  };
  const remove = (namespace: string, body: unknown): ServiceReply => {
    table.remove(namespace, keyOnly.parse(body).key);
    return ok();
  };
  const query = (body: unknown): ServiceReply => {
    const { limit, after, where } = queryRequest.parse(body);
    const size = Math.min(limit ?? DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT);
    const rows = table.list('value', where?.[0]?.values[0] ?? '', after ?? null, size + 1);
    const page = rows.slice(0, size);
    const last = page.at(-1);
    return ok({ data: page.map(rowJson), ...(rows.length > size && last ? { cursor: last.key } : {}) });
  };
  const entity = (body: unknown): string => `entity:${z.object({ entityName: z.string().min(1) }).parse(body).entityName}`;
  const namespaceOf = (item: { entityName?: string | undefined }): string => (item.entityName ? `entity:${item.entityName}` : 'value');

  const batch = {
    set: (body: unknown) => {
      const items = z.array(setRequest).parse(body);
      table.transaction(() => {
        for (const i of items) table.put(namespaceOf(i), i.key, i.value, expiry(i.options));
      });
      return ok({ successfulKeys: items.map((i) => ({ key: i.key, entityName: i.entityName })), failedKeys: [] });
    },
    get: (body: unknown) => {
      const items = z.array(getRequest).parse(body);
      const found = items.map((i) => ({ item: i, row: table.get(namespaceOf(i), i.key) }));
      return ok({
        successfulKeys: found.flatMap(({ item, row }) => (row ? [{ ...rowJson(row), entityName: item.entityName }] : [])),
        failedKeys: found.flatMap(({ item, row }) =>
          row ? [] : [{ key: item.key, entityName: item.entityName, error: { code: 'KEY_NOT_FOUND', message: 'The key was not found' } }],
        ),
      });
    },
    delete: (body: unknown) => {
      const items = z.array(keyOnly).parse(body);
      table.transaction(() => {
        for (const i of items) table.remove(namespaceOf(i), i.key);
      });
      return ok({ successfulKeys: items.map((i) => ({ key: i.key, entityName: i.entityName })), failedKeys: [] });
    },
  };
  const transaction = (body: unknown): ServiceReply => {
    const request = transactionRequest.parse(body);
    const conditional = [...(request.set ?? []), ...(request.delete ?? [])].some((op) => op.conditions !== undefined) || (request.check ?? []).length > 0;
    if (conditional) return platformError(501, 'NOT_SUPPORTED', 'Conditional KVS transactions are not emulated by the sandbox');
    table.transaction(() => {
      for (const op of request.set ?? []) table.put(namespaceOf(op), op.key, op.value, expiry(op.options));
      for (const op of request.delete ?? []) table.remove(namespaceOf(op), op.key);
    });
    return ok();
  };

  const routes: Readonly<Record<string, (body: unknown) => ServiceReply>> = {
    '/api/v1/get': (b) => get('value', b),
    '/api/v1/set': (b) => set('value', b),
    '/api/v1/delete': (b) => remove('value', b),
    '/api/v1/query': query,
    '/api/v1/secret/get': (b) => get('secret', b),
    '/api/v1/secret/set': (b) => set('secret', b),
    '/api/v1/secret/delete': (b) => remove('secret', b),
    '/api/v1/entity/get': (b) => get(entity(b), b),
    '/api/v1/entity/set': (b) => set(entity(b), b),
    '/api/v1/entity/delete': (b) => remove(entity(b), b),
    '/api/v1/batch/set': batch.set,
    '/api/v1/batch/get': batch.get,
    '/api/v1/batch/delete': batch.delete,
    '/api/v1/transaction': transaction,
  };

  return (path, body) => {
    const route = routes[path];
    if (!route) return platformError(501, 'NOT_SUPPORTED', `The sandbox does not emulate KVS ${path}`);
    try {
      return route(body);
    } catch (error) {
      if (error instanceof z.ZodError) return platformError(400, 'BAD_REQUEST', z.prettifyError(error));
      throw error;
    }
  };
};
