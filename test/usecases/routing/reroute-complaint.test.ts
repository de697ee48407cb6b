import { routingNeed } from '../../../src/domain/routing/routing-stickiness';
import type { Person } from '../../../src/domain/workflow/roles-of';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { MAX_REROUTE_REASON, rerouteComplaint, type RerouteRequest } from '../../../src/usecases/routing/reroute-complaint';
import { routeComplaint } from '../../../src/usecases/routing/route-complaint';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { makeBinding } from '../../jira/provisioning/provisioning-fixtures';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const ava: Person = { accountId: 'ava', groups: ['complaint-advocates'], isJiraAdmin: false };
const toBilling: RerouteRequest = { issueId: '10001', departmentId: 'billing', reason: '  The invoice was wrong, not the delivery.  ' };
/** A complaint in triage: no department, nobody responsible. */
const triage: Partial<ComplaintRecord> = { departmentId: null, responsibleAccountId: null, assigneeAccountId: null, routedAt: T0 };

/** The runtime over SQLite, with Jira's writes recorded, and one complaint in the index. */
const setUp = async (row: Partial<ComplaintRecord> = triage) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0 + 1000);
  await env.store.saveComplaint(makeRecord(row), 0);
  const writes: string[] = [];
  const base = env.invocation();
  const deps = {
    ...base,
    jira: {
      ...base.jira,
      setOptionOverridingScreens: (issueId: string, fieldId: string, value: string) => Promise.resolve(void writes.push(`option ${issueId} ${fieldId}=${value}`)),
      setAppFieldValues: (issueId: string, values: readonly { fieldId: string; value: unknown }[]) =>
        Promise.resolve(void writes.push(`app ${issueId} ${values.map((v) => `${v.fieldId}=${JSON.stringify(v.value)}`).join()}`)),
      assign: (key: string, accountId: string) => Promise.resolve(void writes.push(`assign ${key} ${accountId}`)),
    },
  };
  return { env, deps, writes };
};

quietDeliveryLogs();

describe('rerouteComplaint', () => {
  it('sends a triage complaint to the department lead, as the app, and tells the lead and the advocates once', async () => {
    const { env, deps, writes } = await setUp();
    expect(await rerouteComplaint(deps, ava, toBilling)).toEqual({ kind: 'rerouted', departmentId: 'billing', responsibleAccountId: 'lead-billing' });
    const fields = makeBinding().fieldIds;
    expect(writes).toEqual([`option 10001 ${fields.department}=Billing`, `app 10001 ${fields.responsible}={"accountId":"lead-billing"}`, 'assign CMP-1 lead-billing']);
    const row = await env.store.getComplaint('10001');
    expect(row).toMatchObject({ departmentId: 'billing', responsibleAccountId: 'lead-billing', assigneeAccountId: 'lead-billing' });
    const trail = await env.store.trailOf('10001');
    expect(trail).toEqual([
      expect.objectContaining({ kind: 'rerouted', reason: 'rerouted.by_advocate', actorAccountId: 'ava', note: 'The invoice was wrong, not the delivery.', recipients: ['user:lead-billing', 'user:advocate-billing', 'user:ava'] }),
    ]);
    expect(env.notifier.sent).toHaveLength(1);
    expect(env.notifier.sent[0]?.to).toEqual({ accountIds: ['lead-billing', 'advocate-billing', 'ava'], groups: [] });
    expect(env.notifier.sent[0]?.subject).toContain('complaint re-routed');
    expect(env.notifier.sent[0]?.textBody).toContain('The invoice was wrong, not the delivery.');
  });

  it('tells the person it leaves, and takes the named deputy', async () => {
    const { env, deps } = await setUp({ departmentId: 'delivery', responsibleAccountId: 'lead-delivery', assigneeAccountId: 'lead-delivery', routedAt: T0 });
    expect(await rerouteComplaint(deps, ava, { ...toBilling, accountId: 'deputy-billing' })).toMatchObject({ kind: 'rerouted', responsibleAccountId: 'deputy-billing' });
    expect(env.notifier.sent[0]?.to.accountIds).toEqual(['lead-delivery', 'deputy-billing', 'advocate-billing', 'ava']);
  });

  it('refuses a second identical re-route, which sends nothing more', async () => {
    const { env, deps, writes } = await setUp();
    await rerouteComplaint(deps, ava, toBilling);
    writes.length = 0;
    expect(await rerouteComplaint(deps, ava, toBilling)).toEqual({ kind: 'refused', refusal: { code: 'nothing_to_change' } });
    expect(writes).toEqual([]);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('records and tells once when two identical re-routes run at the same time', async () => {
    const { env, deps } = await setUp();
    await Promise.all([rerouteComplaint(deps, ava, toBilling), rerouteComplaint({ ...deps, store: env.invocation().store }, ava, toBilling)]);
    expect(await env.store.trailOf('10001')).toHaveLength(1);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('is not undone by routing that had not run yet', async () => {
    const { env, deps } = await setUp({ ...triage, routedAt: null });
    await rerouteComplaint(deps, ava, { ...toBilling, accountId: 'manager-billing' });
    expect(routingNeed(await env.store.trailOf('10001'))).toEqual({ route: false, because: 'already_routed' });
    expect(await routeComplaint(env.invocation(), '10001')).toEqual({ kind: 'not_needed', because: 'already_routed' });
    expect(await env.store.getComplaint('10001')).toMatchObject({ responsibleAccountId: 'manager-billing' });
  });

  it.each<[string, Person, Partial<RerouteRequest>, Partial<ComplaintRecord>, unknown]>([
    ['a person who is not an advocate', { ...ava, groups: [] }, {}, triage, { code: 'role_not_allowed', allowedRoles: ['advocate'] }],
    ['the advocate the complaint is about', ava, {}, { ...triage, subject: { kind: 'employee', accountId: 'ava' } }, { code: 'role_not_allowed', allowedRoles: ['advocate'] }],
    ['a closed complaint', ava, {}, { ...triage, status: 'closed', resolution: 'done' }, expect.objectContaining({ code: 'wrong_status', status: 'closed' })],
    ['a missing reason', ava, { reason: '   ' }, triage, { code: 'invalid_input', input: 'reason', problem: 'missing' }],
    ['an overlong reason', ava, { reason: 'x'.repeat(MAX_REROUTE_REASON + 1) }, triage, { code: 'invalid_input', input: 'reason', problem: 'out_of_range' }],
    ['an unknown department', ava, { departmentId: 'legal' }, triage, { code: 'invalid_input', input: 'department', problem: 'unknown_department' }],
    ['a person who does not lead the department', ava, { accountId: 'lead-delivery' }, triage, { code: 'not_eligible' }],
    ['the lead when the complaint is about them', ava, { accountId: 'lead-billing' }, { ...triage, subject: { kind: 'employee', accountId: 'lead-billing' } }, { code: 'not_eligible' }],
    ['a department without a lead, and nobody named', ava, { departmentId: 'support' }, triage, { code: 'no_one_to_route_to' }],
  ])('refuses %s, changing nothing', async (_, caller, request, row, refusal) => {
    const { env, deps, writes } = await setUp(row);
    expect(await rerouteComplaint(deps, caller, { ...toBilling, ...request })).toEqual({ kind: 'refused', refusal });
    expect(writes).toEqual([]);
    expect(await env.store.trailOf('10001')).toEqual([]);
    expect(env.notifier.sent).toEqual([]);
  });

  it('refuses a complaint the index does not hold, or whose project is not set up', async () => {
    const { deps } = await setUp();
    expect(await rerouteComplaint(deps, ava, { ...toBilling, issueId: '99999' })).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
    const unbound = { ...deps, bindings: { load: () => Promise.resolve(null) } };
    expect(await rerouteComplaint(unbound, ava, toBilling)).toEqual({ kind: 'refused', refusal: { code: 'project_not_set_up' } });
  });
});
