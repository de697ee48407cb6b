import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The admin page's settings through the sandbox's Forge host: the resolver asks Jira as the
 * calling user whether they administer Jira, and routing reads the saved configuration on the
 * next complaint it meets.
 */
// A save, a complaint and its routing: a few seconds on an idle machine.
jest.setTimeout(120_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

type Answer = { ok: boolean; data?: { config: { departments: { id: string; leadAccountId: string | null }[] } }; error?: { code: string; fields: { path: string }[] } };
const admin = (accountId: string, key: string, payload: Record<string, unknown> = {}) => env().invokeAdmin(accountId, key, payload) as Promise<Answer>;

const storedConfig = async () => {
  const answer = await admin(DEMO_ACCOUNTS.admin, 'config/get');
  if (answer.data === undefined) throw new Error(`config/get failed: ${JSON.stringify(answer)}`);
  return answer.data.config;
};

describe('the admin page settings', () => {
  it.each([
    ['config/get', {}],
    ['config/save', { config: {} }],
    ['users/search', { query: 'sof' }],
    ['project/components', { projectKey: 'CMP' }],
    ['admin/health', {}],
  ])('refuse %s to a user who does not administer Jira (the manager), changing nothing', async (key, payload) => {
    const before = await storedConfig();
    expect(await admin(DEMO_ACCOUNTS.manager, key, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await storedConfig()).toEqual(before);
  });

  it("list CMP's components with their leads as Jira shows them to the admin, and find people by name", async () => {
    expect(await admin(DEMO_ACCOUNTS.admin, 'config/get')).toMatchObject({ ok: true, data: { projects: ['CMP'] } });
    expect(await admin(DEMO_ACCOUNTS.admin, 'project/components', { projectKey: 'CMP' })).toMatchObject({
      ok: true,
      data: {
        components: [
          { name: 'Billing', lead: { accountId: DEMO_ACCOUNTS.billingLead, displayName: 'Boris Belov' } },
          { name: 'Delivery', lead: { accountId: DEMO_ACCOUNTS.deliveryLead } },
          { name: 'Support', lead: { accountId: DEMO_ACCOUNTS.supportLead } },
        ],
      },
    });
    expect(await admin(DEMO_ACCOUNTS.admin, 'users/search', { query: 'sofia' })).toEqual({ ok: true, data: { users: [{ accountId: DEMO_ACCOUNTS.supportLead, displayName: 'Sofia Stone' }] } });
  });

  it('report the health: Legal without a lead, complaints in triage, no sweep yet, and the app lacking no permission', async () => {
    const before = (await admin(DEMO_ACCOUNTS.admin, 'admin/health')) as unknown as { data: { triage: number } };
    await env().register({});
    await env().settle();
    const health = await admin(DEMO_ACCOUNTS.admin, 'admin/health');
    expect(health).toMatchObject({
      ok: true,
      data: { departmentsWithoutLead: ['Legal'], missingPermissions: [], reconciliations: [{ projectKey: 'CMP' }], outbox: { gaveUp: 0 }, triage: before.data.triage + 1 },
    });
    // Every demo person the departments name is an active agent of CMP.
    expect((health as unknown as { data: { people: unknown[] } }).data.people).toEqual([]);
  });

  it('report a person Jira does not know and a customer, who may not be assigned complaints in CMP', async () => {
    const before = await storedConfig();
    const config = {
      ...before,
      departments: before.departments.map((d) =>
        d.id === 'legal' ? { ...d, deputyAccountId: 'no-such-account' } : d.id === 'support' ? { ...d, advocateAccountId: DEMO_ACCOUNTS.customer } : d,
      ),
    };
    expect(await admin(DEMO_ACCOUNTS.admin, 'config/save', { config })).toMatchObject({ ok: true });
    expect(await admin(DEMO_ACCOUNTS.admin, 'admin/health')).toMatchObject({
      ok: true,
      data: {
        people: [
          { accountId: DEMO_ACCOUNTS.customer, departmentName: 'Support', role: 'advocateAccountId', problem: 'not_assignable', projectKey: 'CMP' },
          { accountId: 'no-such-account', departmentName: 'Legal', role: 'deputyAccountId', problem: 'inactive', projectKey: null },
        ],
      },
    });
    expect(await admin(DEMO_ACCOUNTS.admin, 'config/save', { config: before })).toMatchObject({ ok: true });
  });

  it('reject an invalid save field by field and change nothing', async () => {
    const before = await storedConfig();
    const broken = { ...before, departments: before.departments.map((d, i) => (i === 0 ? { ...d, leadAccountId: '' } : d)) };
    expect(await admin(DEMO_ACCOUNTS.admin, 'config/save', { config: broken })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: [{ path: 'departments.0.leadAccountId' }] },
    });
    expect(await storedConfig()).toEqual(before);
  });

  it("route the next Billing complaint to Billing's new lead once the admin saves them", async () => {
    const before = await storedConfig();
    const config = { ...before, departments: before.departments.map((d) => (d.id === 'billing' ? { ...d, leadAccountId: DEMO_ACCOUNTS.supportLead } : d)) };
    expect(await admin(DEMO_ACCOUNTS.admin, 'config/save', { config })).toMatchObject({ ok: true, data: { setupRequested: [] } });

    const { id, key } = await env().register({ department: 'Billing' });
    await env().settle();
    expect((await env().issue(key)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.supportLead);
    expect(await env().store.getComplaint(id)).toMatchObject({ departmentId: 'billing', responsibleAccountId: DEMO_ACCOUNTS.supportLead });
  });
});
