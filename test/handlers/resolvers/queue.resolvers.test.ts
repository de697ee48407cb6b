import Resolver from '@forge/resolver';
import { defineQueueResolvers } from '../../../src/handlers/resolvers/queue.resolvers';
import type { GetAdvocateQueueDeps } from '../../../src/usecases/desk/get-advocate-queue';
import { makeConfig, T0 } from '../../domain/factories';

const CONFIG = makeConfig();

/** The queue page's call as Forge makes it, over an index with one triage complaint. */
const world = (groups: readonly string[]) => {
  const reads: number[] = [];
  const deps: GetAdvocateQueueDeps = {
    caller: { groupsOfCaller: () => Promise.resolve(groups) },
    source: {
      listAwaitingAdvocate: ({ limit }) => {
        reads.push(limit);
        return Promise.resolve([
          { issueId: '10001', issueKey: 'CMP-1', departmentId: null, status: 'registered', responsibleAccountId: null, returns: 0, reopens: 0, createdAt: T0, statusChangedAt: T0, dueAt: null, escalationLevel: 0 },
        ]);
      },
    },
    summaries: { summariesOf: () => Promise.resolve(new Map([['10001', 'Lost parcel']])) },
    config: CONFIG,
    clock: { now: () => T0 + 1 },
  };
  const handler = defineQueueResolvers(new Resolver(), { queue: () => Promise.resolve(deps) }).getDefinitions();
  const call = (payload: unknown, accountId: string | null = 'advocate-1') =>
    handler({ call: { functionKey: 'queue/list', payload }, context: {} }, { principal: accountId === null ? undefined : { accountId } });
  return { call, reads };
};

describe('queue/list', () => {
  it('answers an advocate with the queue', async () => {
    const { call } = world([CONFIG.groups.advocate]);
    expect(await call({})).toMatchObject({ ok: true, data: { total: 1, items: [{ issueKey: 'CMP-1', reason: 'triage', summary: 'Lost parcel' }] } });
  });

  it('refuses everyone else with FORBIDDEN, reading nothing', async () => {
    const { call, reads } = world([CONFIG.groups.manager]);
    expect(await call({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(reads).toEqual([]);
  });

  it('answers a payload with anything in it with INVALID_INPUT, and a call without a user with FORBIDDEN', async () => {
    const { call, reads } = world([CONFIG.groups.advocate]);
    expect(await call({ accountId: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('all')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call({}, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(reads).toEqual([]);
  });
});
