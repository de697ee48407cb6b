import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { openForSuite } from '../../support/open-for-tests';
import { SEEDED_START_MS, startSeededSandbox } from '../../support/seeded-sandbox';

/**
 * The customer portal's host pages over HTTP, with the real app and manifest: Carol raises a
 * complaint from the portal, follows it on its request page with the app's frame, and Kostya,
 * another customer, is shown nothing of it.
 */
jest.setTimeout(SEEDED_START_MS);

const sandbox = openForSuite(() => startSeededSandbox(Date.UTC(2025, 2, 3, 9, 0)), SEEDED_START_MS);

const get = async (path: string, accountId: string, form?: Record<string, string>) => {
  const response = await fetch(`${sandbox().url}${path}`, {
    method: form === undefined ? 'GET' : 'POST',
    headers: { cookie: `sandbox-user=${encodeURIComponent(accountId)}`, ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
    ...(form === undefined ? {} : { body: new URLSearchParams(form).toString() }),
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), location: response.headers.get('location') };
};

const decode = (attribute: string): string =>
  attribute.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_m, entity: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" })[entity] ?? '');

const frameContexts = (html: string): { accountId: string; moduleKey: string; extension: Record<string, unknown> }[] =>
  [...html.matchAll(/data-context="([^"]*)"/g)].map((m) => JSON.parse(decode(m[1] ?? '{}')) as { accountId: string; moduleKey: string; extension: Record<string, unknown> });

const complaintTypeId = (html: string): string => {
  const found = /href="\/portal\/create\/(\d+)">Complaint</.exec(html);
  if (!found?.[1]) throw new Error('The portal offers no Complaint');
  return found[1];
};

describe('the customer portal', () => {
  let key = '';

  it('offers the grouped request types, the Complaint among them once seeding did the admin’s manual step', async () => {
    const portal = await get('/portal', DEMO_ACCOUNTS.customer);
    expect(portal.status).toBe(200);
    expect(portal.text).toContain('Complaints');
    expect(portal.text).toContain('General request');
    expect(portal.text).toContain('You have no requests yet.');
    complaintTypeId(portal.text);
  });

  it('shows JSM’s refusal on the form and raises nothing', async () => {
    const typeId = complaintTypeId((await get('/portal', DEMO_ACCOUNTS.customer)).text);
    const form = await get(`/portal/create/${typeId}`, DEMO_ACCOUNTS.customer);
    expect(form.text).toContain('name="summary"');
    expect(form.text).not.toContain('name="assignee"');
    const refused = await get(`/portal/create/${typeId}`, DEMO_ACCOUNTS.customer, { summary: '' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('role="alert"');
    expect((await get('/portal', DEMO_ACCOUNTS.customer)).text).toContain('You have no requests yet.');
  });

  it('raises a complaint from the form and goes to the request page, with the app’s frame and its context', async () => {
    const typeId = complaintTypeId((await get('/portal', DEMO_ACCOUNTS.customer)).text);
    const raised = await get(`/portal/create/${typeId}`, DEMO_ACCOUNTS.customer, { summary: 'The courier threw my parcel', description: 'Over the fence.' });
    expect(raised.status).toBe(303);
    key = /\/portal\/request\/(CMP-\d+)$/.exec(raised.location ?? '')?.[1] ?? '';
    const shown = await get(`/portal/request/${key}`, DEMO_ACCOUNTS.customer);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('The courier threw my parcel');
    expect(shown.text).toContain('Over the fence.');
    expect(frameContexts(shown.text)).toEqual([
      expect.objectContaining({
        accountId: DEMO_ACCOUNTS.customer,
        moduleKey: 'complaint-portal-detail',
        extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key, typeId }, portal: { id: '1' } },
      }),
    ]);
    const list = await get('/portal', DEMO_ACCOUNTS.customer);
    expect(list.text).toContain(`href="/portal/request/${key}"`);
    expect(list.text).toMatch(/lozenge-(new|indeterminate|done)/);
  });

  it('shows another customer a 404 page without the frame', async () => {
    const refused = await get(`/portal/request/${key}`, DEMO_ACCOUNTS.secondCustomer);
    expect(refused.status).toBe(404);
    expect(frameContexts(refused.text)).toEqual([]);
    expect(refused.text).not.toContain('The courier threw my parcel');
    expect((await get('/portal', DEMO_ACCOUNTS.secondCustomer)).text).not.toContain(key);
  });

  it('answers 404 for a request type the portal does not offer', async () => {
    expect((await get('/portal/create/999', DEMO_ACCOUNTS.customer)).status).toBe(404);
  });

  it('frames the profile panel with only its type in the extension', async () => {
    const profile = await get('/portal/profile', DEMO_ACCOUNTS.customer);
    expect(frameContexts(profile.text)).toEqual([
      expect.objectContaining({ accountId: DEMO_ACCOUNTS.customer, moduleKey: 'complaint-portal-profile', extension: { type: 'jiraServiceManagement:portalProfilePanel' } }),
    ]);
  });

  it('sends a customer picked in the user switcher to the portal, and an agent back where they were', async () => {
    const switchTo = async (accountId: string) =>
      fetch(`${sandbox().url}/__sandbox/user`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: sandbox().url },
        body: new URLSearchParams({ accountId, returnTo: '/dashboard' }).toString(),
        redirect: 'manual',
      });
    expect((await switchTo(DEMO_ACCOUNTS.customer)).headers.get('location')).toBe('/portal');
    expect((await switchTo(DEMO_ACCOUNTS.registrar)).headers.get('location')).toBe('/dashboard');
  });
});
