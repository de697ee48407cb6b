import Resolver from '@forge/resolver';
import { defineTransitionResolvers } from '../../../src/handlers/resolvers/transition.resolvers';
import type { CallerFacts } from '../../../src/ports/caller.port';
import type { TransitionAnswer } from '../../../src/ports/issue-transitions.port';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../../usecases/runtime-fakes';

/** The transition keys as Forge calls them, over the runtime's fakes on SQLite; Jira's transition answers as each test says. */
const LEAD: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: [] };
const ADVOCATE: CallerFacts = { ...LEAD, groups: ['complaint-advocates'] };
const PANEL: Record<string, unknown> = { extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CMP-1' } } };
const START = { measures: 'Refund', measuresDeadline: '2026-03-06' };
const CLOSE = { satisfaction: 4, consideredResolved: true, callNotes: 'Happy' };

const world = async (row: Partial<ComplaintRecord> = {}, answer: TransitionAnswer = { kind: 'done' }) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0);
  await env.store.saveComplaint(makeRecord({ routedAt: T0, ...row }), 0);
  const asked: string[] = [];
  const base = env.invocation();
  const deps = {
    ...base,
    jira: { ...base.jira, readIssue: () => Promise.resolve(null), changelogs: () => Promise.resolve(new Map()) },
    transitions: { perform: (_id: string, name: string) => Promise.resolve(void asked.push(name)).then(() => answer) },
  };
  const as = (accountId: string, facts: CallerFacts) => {
    const handler = defineTransitionResolvers(new Resolver(), { callers: { factsOn: () => Promise.resolve(facts) }, runtime: () => Promise.resolve(deps) }).getDefinitions();
    return (functionKey: string, payload: unknown) => handler({ call: { functionKey, payload }, context: PANEL }, { principal: { accountId } });
  };
  return { as, asked };
};

quietDeliveryLogs();

describe('the transition keys', () => {
  it.each<[string, unknown, Partial<ComplaintRecord>, string, string]>([
    ['complaint/start-work', START, {}, 'Start work', 'in_progress'],
    ['complaint/revise-measures', START, { status: 'in_progress' }, 'Revise measures', 'in_progress'],
    ['complaint/mark-done', { actionTaken: 'Refunded', compensation: 0 }, { status: 'in_progress' }, 'Mark done', 'measures_done'],
    ['complaint/close', { ...CLOSE, compensation: 12.5 }, { status: 'measures_done' }, 'Close', 'closed'],
    ['complaint/return', { reason: 'Still waiting' }, { status: 'measures_done' }, 'Return for rework', 'in_progress'],
    ['complaint/reopen', { reason: 'It broke again' }, { status: 'closed', resolution: 'done' }, 'Reopen', 'in_progress'],
    ['complaint/withdraw', { reason: 'Sorted' }, {}, 'Withdraw', 'closed'],
    ['complaint/mark-duplicate', { reason: 'Same one', duplicateOf: 'cmp-7' }, {}, 'Duplicate', 'closed'],
  ])('%s runs Jira’s transition and answers the status', async (key, payload, row, transition, status) => {
    const { as, asked } = await world(row);
    const caller = key === 'complaint/mark-done' ? as('lead-billing', LEAD) : as('ava', ADVOCATE);
    expect(await caller(key, payload)).toEqual({ ok: true, data: { status } });
    expect(asked).toEqual([transition]);
  });

  it.each<[string, string, unknown, Partial<ComplaintRecord>, object]>([
    ['a payload naming an issue', 'complaint/start-work', { ...START, issueId: '10002' }, {}, { code: 'INVALID_INPUT' }],
    ['a satisfaction of 6', 'complaint/close', { ...CLOSE, satisfaction: 6 }, { status: 'measures_done' }, { code: 'INVALID_INPUT', fields: [{ path: 'satisfaction', message: expect.any(String) as unknown }] }],
    ['a fractional satisfaction', 'complaint/close', { ...CLOSE, satisfaction: 3.5 }, { status: 'measures_done' }, { code: 'INVALID_INPUT' }],
    ['a deadline not a date', 'complaint/start-work', { ...START, measuresDeadline: '6 March' }, {}, { code: 'INVALID_INPUT', fields: [{ path: 'measuresDeadline', message: expect.any(String) as unknown }] }],
    ['a deadline in the past', 'complaint/start-work', { ...START, measuresDeadline: '2026-03-01' }, {}, { code: 'INVALID_INPUT', fields: [{ path: 'measuresDeadline', message: 'deadline_in_past' }] }],
    ['a reason past a text field’s 255 characters', 'complaint/return', { reason: 'r'.repeat(256) }, { status: 'measures_done' }, { code: 'INVALID_INPUT' }],
    ['a duplicate of no issue key', 'complaint/mark-duplicate', { reason: 'Same', duplicateOf: 'yesterday' }, {}, { code: 'INVALID_INPUT' }],
    ['an infinite compensation', 'complaint/mark-done', { actionTaken: 'Done', compensation: Number.POSITIVE_INFINITY }, { status: 'in_progress' }, { code: 'INVALID_INPUT' }],
    ['a close by an advocate before the step', 'complaint/close', CLOSE, { status: 'in_progress' }, { code: 'TRANSITION_NOT_ALLOWED' }],
    ['a complaint the index does not hold', 'complaint/withdraw', { reason: 'Sorted' }, { issueId: '10009' }, { code: 'NOT_FOUND' }],
  ])('refuses %s with a typed error, asking Jira nothing', async (_name, key, payload, row, error) => {
    const { as, asked } = await world(row);
    expect(await as('ava', ADVOCATE)(key, payload)).toMatchObject({ ok: false, error });
    expect(asked).toEqual([]);
  });

  it('refuses a lead’s close, and a caller who may not browse the issue', async () => {
    const { as } = await world({ status: 'measures_done' });
    expect(await as('lead-billing', LEAD)('complaint/close', CLOSE)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await as('ava', { ...ADVOCATE, mayBrowse: false })('complaint/close', CLOSE)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each<[string, TransitionAnswer, object]>([
    ['a transition Jira does not offer', { kind: 'not_offered' }, { code: 'TRANSITION_NOT_ALLOWED' }],
    ['the validators’ refusal, with Jira’s messages', { kind: 'refused', messages: ['Give a new reason.', 'Choose the resolution.'] }, { code: 'INVALID_INPUT', message: 'Give a new reason. Choose the resolution.' }],
    ['a refusal Jira gave no words for', { kind: 'refused', messages: [] }, { code: 'INVALID_INPUT', message: 'Jira refused the step.' }],
  ])('passes on %s', async (_name, answer, error) => {
    const { as } = await world({ status: 'measures_done' }, answer);
    expect(await as('ava', ADVOCATE)('complaint/return', { reason: 'Again' })).toMatchObject({ ok: false, error });
  });

  it('refuses in a project that was never set up', async () => {
    const env = await runtimeOverSqlite();
    await env.store.saveComplaint(makeRecord({ routedAt: T0 }), 0);
    const deps = { ...env.invocation(), bindings: { load: () => Promise.resolve(null) }, transitions: { perform: () => Promise.resolve({ kind: 'done' } as const) } };
    const handler = defineTransitionResolvers(new Resolver(), { callers: { factsOn: () => Promise.resolve(ADVOCATE) }, runtime: () => Promise.resolve(deps) }).getDefinitions();
    expect(await handler({ call: { functionKey: 'complaint/withdraw', payload: { reason: 'Sorted' } }, context: PANEL }, { principal: { accountId: 'ava' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
