import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, runtimeConfig, SANDBOX_SET_UP_MS, startRuntimeSandbox, type RuntimeSandbox } from './runtime-sandbox';

// Each test routes a complaint or two through the app over HTTP: well under a second on an idle machine.
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

describe('routing a new complaint', () => {
  it('makes the department lead responsible and the assignee, tells the lead and the advocate once, and says why on the trail', async () => {
    const before = env().calls.length;
    const mailBefore = env().outbox().length;
    const { id, key } = await env().register({ department: 'Billing' });
    await env().settle();

    expect((await env().issue(key)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    const mail = env().outbox().slice(mailBefore);
    expect(mail).toEqual([expect.objectContaining({ issueKey: key, to: [DEMO_ACCOUNTS.billingLead, DEMO_ACCOUNTS.advocate].sort() })]);
    const trail = await env().store.trailOf(id);
    expect(trail).toEqual([expect.objectContaining({ kind: 'routed', reason: 'lead', recipients: [`user:${DEMO_ACCOUNTS.billingLead}`], actorAccountId: null })]);
    const row = await env().store.getComplaint(id);
    expect(row).toMatchObject({ assigneeAccountId: DEMO_ACCOUNTS.billingLead, responsibleAccountId: DEMO_ACCOUNTS.billingLead, departmentId: 'billing', status: 'registered' });
    const responsible = (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=${env().field('responsible')}`)).json as { fields: Record<string, { accountId: string } | null> };
    expect(responsible.fields[env().field('responsible')]?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect(row?.routedAt).not.toBeNull();

    const appCalls = env().calls.slice(before).filter((c) => c.byApp);
    // Besides these, the first message to a person reads their Jira locale once (GET /user), cached for a month.
    expect(appCalls.filter((c) => !c.path.startsWith('/rest/api/3/user'))).toEqual([
      { method: 'GET', path: `/rest/api/3/issue/${id}`, byApp: true },
      { method: 'POST', path: '/rest/api/3/app/field/value', byApp: true },
      { method: 'PUT', path: `/rest/api/3/issue/${key}/assignee`, byApp: true },
      { method: 'POST', path: `/rest/api/3/issue/${key}/notify`, byApp: true },
    ]);
  });
});

describe('an update event', () => {
  it("never blanks what the app knows: the event carries none of the complaint's fields, the read does", async () => {
    const { id, key } = await env().register({ department: 'Billing', subjectUser: DEMO_ACCOUNTS.supportLead });
    await env().settle();
    const before = await env().store.getComplaint(id);
    env().services.clock.advance(60_000);
    const renamed = await env().rest(DEMO_ACCOUNTS.registrar, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Charged twice, and rudely' } });
    expect(renamed.status).toBe(204);
    await env().settle();
    const after = await env().store.getComplaint(id);
    expect(after).toMatchObject({ departmentId: 'billing', channel: 'phone', anonymous: false, subject: { kind: 'employee', accountId: DEMO_ACCOUNTS.supportLead } });
    expect(after?.jiraUpdatedAt).toBeGreaterThan(before?.jiraUpdatedAt ?? Infinity);
  });
});

describe('each routing rule, end to end', () => {
  const routeOf = async (complaint: Parameters<RuntimeSandbox['register']>[0]) => {
    const mailBefore = env().outbox().length;
    const { id, key } = await env().register(complaint);
    await env().settle();
    const trail = await env().store.trailOf(id);
    return {
      assignee: (await env().issue(key)).fields.assignee?.accountId ?? null,
      reason: trail.find((e) => e.kind === 'routed')?.reason,
      to: env().outbox().slice(mailBefore).map((m) => m.to),
    };
  };

  it('a second complaint to the same people costs one read, the Responsible field, one assignment and one notification', async () => {
    await routeOf({ department: 'Billing' });
    const before = env().calls.length;
    await routeOf({ department: 'Billing' });
    expect(env().calls.slice(before).filter((c) => c.byApp).map((c) => `${c.method} ${c.path.replace(/\/(?:[A-Z]+-\d+|\d{5,})/g, '/{id}')}`)).toEqual([
      'GET /rest/api/3/issue/{id}',
      'POST /rest/api/3/app/field/value',
      'PUT /rest/api/3/issue/{id}/assignee',
      'POST /rest/api/3/issue/{id}/notify',
    ]);
  });

  it('triage: no department', async () => {
    expect(await routeOf({})).toEqual({ assignee: null, reason: 'triage.no_department', to: [[DEMO_ACCOUNTS.advocate]] });
  });

  it('triage: a department without a lead keeps the department and goes to the advocates', async () => {
    expect(await routeOf({ department: 'Legal' })).toEqual({ assignee: null, reason: 'triage.no_lead', to: [[DEMO_ACCOUNTS.advocate]] });
  });

  it('conflict of interest: a complaint about the lead goes to the escalation manager', async () => {
    expect(await routeOf({ department: 'Billing', subjectUser: DEMO_ACCOUNTS.billingLead })).toEqual({
      assignee: DEMO_ACCOUNTS.manager,
      reason: 'conflict_of_interest.lead',
      to: [[DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.manager].sort()],
    });
  });

  it('away: the lead is away, the deputy takes it', async () => {
    expect(await routeOf({ department: 'Delivery' })).toEqual({
      assignee: DEMO_ACCOUNTS.deputy,
      reason: 'away.deputy',
      to: [[DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.deputy].sort()],
    });
  });

  it('away, and the complaint is about the deputy: the escalation manager takes it', async () => {
    expect(await routeOf({ department: 'Delivery', subjectUser: DEMO_ACCOUNTS.deputy })).toMatchObject({
      assignee: DEMO_ACCOUNTS.manager,
      reason: 'conflict_of_interest.deputy',
    });
  });

  it('lead: Support goes to its lead', async () => {
    expect(await routeOf({ department: 'Support' })).toMatchObject({ assignee: DEMO_ACCOUNTS.supportLead, reason: 'lead' });
  });

  it('never undoes an assignment a person made in Jira before the app routed, which grants nothing: routing still makes the lead responsible', async () => {
    // The app is slow this time: the created event waits, and an agent assigns the complaint by hand meanwhile.
    env().services.host.events.setFaults({ delayMs: 300 });
    const { id, key } = await env().register({ department: 'Billing' });
    env().services.host.events.setFaults({ delayMs: 0 });
    const assigned = await env().rest(DEMO_ACCOUNTS.advocate, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.supportLead });
    expect(assigned.status).toBe(204);
    await env().settle();
    expect((await env().issue(key)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.supportLead);
    expect((await env().store.trailOf(id)).map((e) => [e.kind, e.reason])).toEqual([
      ['rerouted', 'rerouted.in_jira'],
      ['routed', 'lead'],
    ]);
    expect(await env().store.getComplaint(id)).toMatchObject({ assigneeAccountId: DEMO_ACCOUNTS.supportLead, responsibleAccountId: DEMO_ACCOUNTS.billingLead });
    const offered = async (accountId: string) =>
      ((await env().rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { name: string }[] }).transitions.map((t) => t.name);
    expect(await offered(DEMO_ACCOUNTS.supportLead)).toEqual([]);
    expect(await offered(DEMO_ACCOUNTS.billingLead)).toEqual(['Start work']);
  });

  it('triage: a department the configuration no longer has', async () => {
    const config = runtimeConfig();
    await env().storage.configs.save({ ...config, departments: config.departments.filter((d) => d.id !== 'support') });
    try {
      expect(await routeOf({ department: 'Support' })).toEqual({ assignee: null, reason: 'triage.unknown_department', to: [[DEMO_ACCOUNTS.advocate]] });
    } finally {
      await env().storage.configs.save(config);
    }
  });
});

describe('a Complaint in a project the app has not set up', () => {
  it('is not lost: it is indexed and goes to the advocates in triage, saying why', async () => {
    // As if an admin had added the Complaint type to the project by hand, without Set up project:
    // the app's storage holds its configuration and no binding.
    env().services.kvs.clear();
    await env().storage.configs.save(runtimeConfig());
    try {
      const mailBefore = env().outbox().length;
      const { id, key } = await env().register({ department: 'Billing' });
      await env().settle();
      expect(await env().store.getComplaint(id)).toMatchObject({ status: 'registered', departmentId: null, assigneeAccountId: null, routedAt: expect.any(Number) as unknown });
      expect((await env().store.trailOf(id)).map((e) => [e.kind, e.reason])).toEqual([['routed', 'triage.project_not_set_up']]);
      expect(env().outbox().slice(mailBefore)).toEqual([expect.objectContaining({ issueKey: key, to: [DEMO_ACCOUNTS.advocate] })]);
    } finally {
      expect(await env().setUp()).toMatchObject({ ok: true });
    }
  });
});
