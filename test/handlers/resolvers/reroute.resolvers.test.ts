import Resolver from '@forge/resolver';
import { defineRerouteResolvers } from '../../../src/handlers/resolvers/reroute.resolvers';
import type { CallerFacts } from '../../../src/ports/caller.port';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { quietDeliveryLogs, runtimeOverSqlite } from '../../usecases/runtime-fakes';

/** The re-route key as Forge calls it, over the runtime's fakes on SQLite, with Jira's answer about the caller given by each test. */
const ADVOCATE: CallerFacts = { mayBrowse: true, isJiraAdmin: false, groups: ['complaint-advocates'] };
const PANEL: Record<string, unknown> = { extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CMP-1' } } };
const TO_BILLING = { departmentId: 'billing', reason: 'A billing matter' };

/** A complaint in triage. */
const TRIAGE: Partial<ComplaintRecord> = { departmentId: null, responsibleAccountId: null, assigneeAccountId: null, routedAt: T0 };

const world = async (row: Partial<ComplaintRecord> = TRIAGE) => {
  const env = await runtimeOverSqlite();
  await env.store.saveComplaint(makeRecord(row), 0);
  const base = env.invocation();
  const deps = { ...base, jira: { ...base.jira, setOptionOverridingScreens: () => Promise.resolve() } };
  const as = (accountId: string, facts: CallerFacts = ADVOCATE) => {
    const handler = defineRerouteResolvers(new Resolver(), { callers: { factsOn: () => Promise.resolve(facts) }, runtime: () => Promise.resolve(deps) }).getDefinitions();
    return (payload: unknown, context: Record<string, unknown> = PANEL) => handler({ call: { functionKey: 'complaint/reroute', payload }, context }, { principal: { accountId } });
  };
  return { env, as };
};

quietDeliveryLogs();

describe('complaint/reroute', () => {
  it('re-routes the complaint the Forge context names, and answers who is responsible now', async () => {
    const { as, env } = await world();
    expect(await as('ava')(TO_BILLING)).toEqual({ ok: true, data: { departmentId: 'billing', responsibleAccountId: 'lead-billing' } });
    expect(await env.store.getComplaint('10001')).toMatchObject({ departmentId: 'billing', responsibleAccountId: 'lead-billing' });
  });

  it.each<[string, CallerFacts, unknown, string, Partial<ComplaintRecord>]>([
    ['a caller who may not browse the issue', { ...ADVOCATE, mayBrowse: false }, TO_BILLING, 'NOT_FOUND', TRIAGE],
    ['a payload naming the issue', ADVOCATE, { ...TO_BILLING, issueId: '10002' }, 'INVALID_INPUT', TRIAGE],
    ['a blank reason', ADVOCATE, { ...TO_BILLING, reason: '  ' }, 'INVALID_INPUT', TRIAGE],
    ['a non-advocate', { ...ADVOCATE, groups: [] }, TO_BILLING, 'FORBIDDEN', TRIAGE],
    ['an unknown department', ADVOCATE, { ...TO_BILLING, departmentId: 'legal' }, 'INVALID_INPUT', TRIAGE],
    ['a person who is not eligible', ADVOCATE, { ...TO_BILLING, accountId: 'lead-delivery' }, 'INVALID_INPUT', TRIAGE],
    ['a department with nobody to take it', ADVOCATE, { ...TO_BILLING, departmentId: 'support' }, 'INVALID_INPUT', TRIAGE],
    ['a closed complaint', ADVOCATE, TO_BILLING, 'TRANSITION_NOT_ALLOWED', { status: 'closed', resolution: 'done' }],
    ['a complaint already there', ADVOCATE, TO_BILLING, 'CONFLICT', {}],
  ])('refuses %s with a typed error', async (_, facts, payload, code, row) => {
    const { as } = await world(row);
    expect(await as('ava', facts)(payload)).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a complaint the index does not hold', async () => {
    const { as } = await world();
    expect(await as('ava')(TO_BILLING, { extension: { issue: { id: '10009', key: 'CMP-9' } } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
