import Resolver from '@forge/resolver';
import { definePanelActionResolvers } from '../../../src/handlers/resolvers/panel-actions.resolvers';
import type { CallerFacts } from '../../../src/ports/caller.port';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { followUpWorld } from '../../usecases/panel/follow-up-world';
import { quietDeliveryLogs } from '../../usecases/runtime-fakes';

/** The nudge and follow-up keys as Forge calls them, over the runtime's fakes on SQLite, with Jira's answer about the caller given by each test. */
const ADVOCATE: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: ['complaint-advocates'] };
const PANEL: Record<string, unknown> = { extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CMP-1' } } };
const OPEN: Partial<ComplaintRecord> = { status: 'in_progress', resolution: null, closedAt: null };

const world = async (row: Partial<ComplaintRecord> = {}) => {
  const { env, deps, created } = await followUpWorld(row);
  const asked: string[] = [];
  const as = (accountId: string, facts: CallerFacts = ADVOCATE) => {
    const callers = { factsOn: (issueId: string) => Promise.resolve(void asked.push(issueId)).then(() => facts) };
    const handler = definePanelActionResolvers(new Resolver(), { callers, runtime: () => Promise.resolve(deps) }).getDefinitions();
    return (functionKey: string, payload: unknown, context: Record<string, unknown> = PANEL) => handler({ call: { functionKey, payload }, context }, { principal: { accountId } });
  };
  return { env, as, created, asked };
};

quietDeliveryLogs();

describe('complaint/nudge', () => {
  it('nudges the complaint the Forge context names, asking Jira about that issue as the caller', async () => {
    const { as, env, asked } = await world(OPEN);
    expect(await as('ava')('complaint/nudge', {})).toEqual({ ok: true, data: { nudgedAt: expect.any(Number) as unknown } });
    expect(asked).toEqual(['10001']);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('answers CONFLICT to a second nudge the same day', async () => {
    const { as } = await world(OPEN);
    await as('ava')('complaint/nudge', {});
    expect(await as('ava')('complaint/nudge', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already nudged today') as unknown } });
  });

  it.each<[string, CallerFacts, unknown, string, Partial<ComplaintRecord>]>([
    ['a caller who may not browse the issue', { ...ADVOCATE, mayBrowse: false }, {}, 'NOT_FOUND', OPEN],
    ['a payload naming the issue', ADVOCATE, { issueId: '10002' }, 'INVALID_INPUT', OPEN],
    ['a non-advocate', { ...ADVOCATE, groups: [] }, {}, 'FORBIDDEN', OPEN],
    ['a closed complaint', ADVOCATE, {}, 'TRANSITION_NOT_ALLOWED', {}],
  ])('refuses %s with a typed error and tells nobody', async (_, facts, payload, code, row) => {
    const { as, env } = await world(row);
    expect(await as('ava', facts)('complaint/nudge', payload)).toMatchObject({ ok: false, error: { code } });
    expect(env.notifier.sent).toEqual([]);
    expect(await env.store.trailOf('10001')).toEqual([]);
  });

  it('refuses a complaint the index does not hold', async () => {
    const { as } = await world(OPEN);
    expect(await as('ava')('complaint/nudge', {}, { extension: { issue: { id: '10009', key: 'CMP-9' } } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('complaint/open-follow-up', () => {
  const REASON = { reason: 'The refund arrived short' };

  it('opens a follow-up of the complaint the Forge context names, and answers its key', async () => {
    const { as, env } = await world();
    expect(await as('ava')('complaint/open-follow-up', REASON)).toEqual({ ok: true, data: { issueKey: 'CMP-2' } });
    expect(await env.store.getComplaint('10002')).toMatchObject({ followUpOf: 'CMP-1' });
  });

  it.each<[string, CallerFacts, unknown, string, Partial<ComplaintRecord>]>([
    ['a caller who may not browse the issue', { ...ADVOCATE, mayBrowse: false }, REASON, 'NOT_FOUND', {}],
    ['a payload naming the issue', ADVOCATE, { ...REASON, issueId: '10002' }, 'INVALID_INPUT', {}],
    ['a blank reason', ADVOCATE, { reason: '  ' }, 'INVALID_INPUT', {}],
    ['a reason over 1000 characters', ADVOCATE, { reason: 'x'.repeat(1001) }, 'INVALID_INPUT', {}],
    ['a non-advocate', { ...ADVOCATE, groups: [] }, REASON, 'FORBIDDEN', {}],
    ['an open complaint', ADVOCATE, REASON, 'TRANSITION_NOT_ALLOWED', OPEN],
  ])('refuses %s with a typed error and creates nothing', async (_, facts, payload, code, row) => {
    const { as, created } = await world(row);
    expect(await as('ava', facts)('complaint/open-follow-up', payload)).toMatchObject({ ok: false, error: { code } });
    expect(created).toEqual([]);
  });

  it('names the reason field when the reason is refused', async () => {
    const { as } = await world();
    expect(await as('ava')('complaint/open-follow-up', { reason: '' })).toMatchObject({ ok: false, error: { fields: [expect.objectContaining({ path: 'reason' })] } });
  });

  it('answers CONFLICT in a project the app never set up', async () => {
    const { env, deps, created } = await followUpWorld();
    const callers = { factsOn: () => Promise.resolve(ADVOCATE) };
    const runtime = () => Promise.resolve({ ...deps, bindings: { load: () => Promise.resolve(null) } });
    const handler = definePanelActionResolvers(new Resolver(), { callers, runtime }).getDefinitions();
    const answer = await handler({ call: { functionKey: 'complaint/open-follow-up', payload: REASON }, context: PANEL }, { principal: { accountId: 'ava' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Set up project') as unknown } });
    expect(created).toEqual([]);
    expect(await env.store.trailOf('10001')).toEqual([]);
  });

  it('answers CONFLICT to a second follow-up of the same closed cycle', async () => {
    const { as, created } = await world();
    await as('ava')('complaint/open-follow-up', REASON);
    expect(await as('ava')('complaint/open-follow-up', REASON)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(created).toHaveLength(1);
  });
});
