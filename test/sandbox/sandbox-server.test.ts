import { BASE_ISSUE_TYPES, BASE_PROJECT, DEMO_ACCOUNTS } from '../../sandbox/jira';
import type { DemoUser } from '../../sandbox/jira/emulator.types';
import { openForSuite } from '../support/open-for-tests';
import { SEEDED_START_MS, startSeededSandbox } from '../support/seeded-sandbox';

/**
 * The sandbox over HTTP, with the real app, the real manifest and the Jira emulator: the
 * control API, identity, resolvers through /__sandbox/invoke and the host pages.
 */
const START = Date.UTC(2025, 2, 3, 9, 0);
const MINUTE = 60_000;

let info: jest.SpyInstance;

// Resetting the site seeds it again, as long as starting the sandbox takes.
jest.setTimeout(SEEDED_START_MS);

// Before the sandbox starts: a test counts the events that seeding gave the app.
beforeAll(() => {
  info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
});
/** What the site answered while it was still seeding, asked as soon as the server listened. */
let whileSeeding: Promise<{ seeding: boolean; home: { status: number; text: string }; jump: number; clock: number }> | undefined;
const probeWhileSeeding = async (url: string, seeding: boolean) => {
  // Signed in, as the pages need: the seeding message shows on every page.
  const home = await fetch(`${url}/`, { headers: { cookie: `sandbox-user=${encodeURIComponent(DEMO_ACCOUNTS.registrar)}` } });
  const jump = await fetch(`${url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: MINUTE }) });
  const clock = await fetch(`${url}/__sandbox/clock`);
  return { seeding, home: { status: home.status, text: await home.text() }, jump: jump.status, clock: clock.status };
};
const sandbox = openForSuite(
  () =>
    startSeededSandbox(START, {
      onListening: ({ url, seeding }) => {
        whileSeeding = probeWhileSeeding(url, seeding);
      },
    }),
  SEEDED_START_MS,
);
afterAll(() => {
  info.mockRestore();
});

const userWithRole = (role: RegExp): DemoUser => {
  const user = sandbox().services.emulator.users().find((u) => role.test(u.roleLabel));
  if (!user) throw new Error(`No demo user with role ${role.source}`);
  return user;
};
const cookieOf = (user: DemoUser) => `sandbox-user=${encodeURIComponent(user.accountId)}`;

const request = async (path: string, init: { method?: string; as?: DemoUser; json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}) => {
  const headers: Record<string, string> = { ...init.headers, ...(init.as ? { cookie: cookieOf(init.as) } : {}) };
  let body: string | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  const response = await fetch(`${sandbox().url}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '' ? (JSON.parse(text) as unknown) : null;
  return { status: response.status, text, json, location: response.headers.get('location') };
};

const decode = (attribute: string): string =>
  attribute.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_m, entity: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" })[entity] ?? '');

/** The FullContext each Forge frame on a page would receive from getContext. */
const frameContexts = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/data-context="([^"]*)"/g)].map((m) => JSON.parse(decode(m[1] ?? '{}')) as Record<string, unknown>);

/** The ids of the Forge frames a page rendered, which their calls name. */
const frameIds = (html: string): string[] => [...html.matchAll(/data-frame-id="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));

const NOT_AUTHENTICATED = { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} };

/** The seeded issues, as an agent sees them on the issue list. */
const seededKeys = async (): Promise<{ key: string; type: string }[]> => {
  const { text } = await request('/', { as: userWithRole(/registrar/i) });
  return [...text.matchAll(/href="\/browse\/([A-Z]+-\d+)">[^<]*<\/a><\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => ({ key: m[1] ?? '', type: m[2] ?? '' }));
};

/** The summaries of the newest issues, as an agent finds them. */
const newestSummaries = async (): Promise<string[]> => {
  const jql = encodeURIComponent(`project = ${BASE_PROJECT.key} ORDER BY created DESC`);
  const found = await request(`/rest/api/3/search/jql?jql=${jql}&fields=summary&maxResults=5`, { as: userWithRole(/registrar/i) });
  return (found.json as { issues: { fields: { summary: string } }[] }).issues.map((issue) => issue.fields.summary);
};

/** The advocate panel's frame on a seeded complaint, as the issue page renders it for the user. */
const panelFrame = async (as: DemoUser): Promise<string> => {
  const complaint = (await seededKeys()).find((k) => k.type === 'Complaint');
  const [frame] = frameIds((await request(`/browse/${complaint?.key ?? ''}`, { as })).text);
  if (frame === undefined) throw new Error('The issue page rendered no panel');
  return frame;
};

const invoke = async (as: DemoUser, functionKey: string, payload: Record<string, unknown>) =>
  request('/__sandbox/invoke', { as, json: { frame: await panelFrame(as), functionKey, payload } });

describe('users and identity', () => {
  it('offers the demo roles in the user switcher', async () => {
    const { json } = await request('/__sandbox/users');
    const roles = (json as DemoUser[]).map((u) => u.roleLabel.toLowerCase());
    for (const role of ['registrar', 'lead', 'advocate', 'manager', 'customer']) expect(roles.some((r) => r.includes(role))).toBe(true);
  });

  it('answers /rest as the user in the cookie, whatever identity headers a browser adds', async () => {
    const advocate = userWithRole(/advocate/i);
    const plain = await request('/rest/api/3/myself', { as: advocate });
    const forged = await request('/rest/api/3/myself', { as: advocate, headers: { 'x-forge-provider': 'user', 'x-forge-account-id': userWithRole(/manager/i).accountId } });
    expect([plain.status, (plain.json as { accountId: string }).accountId]).toEqual([200, advocate.accountId]);
    expect((forged.json as { accountId: string }).accountId).toBe(advocate.accountId);
  });

  it.each<[string, Record<string, string>]>([
    ['no cookie and no credentials', {}],
    ['a cookie naming no demo user', { cookie: 'sandbox-user=nobody' }],
    ['identity headers without the host’s token', { 'x-forge-provider': 'app' }],
  ])('answers /rest with %s as Jira answers nobody: 401 and its body', async (_name, headers) => {
    expect(await request('/rest/api/3/myself', { headers })).toMatchObject({ status: 401, json: NOT_AUTHENTICATED });
  });

  it('writes nothing for a /rest call that names nobody', async () => {
    const answer = await request('/rest/api/3/issue', { json: { fields: { project: { key: BASE_PROJECT.key }, issuetype: { name: 'Task' }, summary: 'From nobody' } } });
    expect(answer).toMatchObject({ status: 401, json: NOT_AUTHENTICATED });
    expect(await newestSummaries()).not.toContain('From nobody');
  });

  it('shows a visitor who picked nobody the log-in page, not the site', async () => {
    const page = await request('/');
    expect(page.status).toBe(401);
    expect(page.text).toContain('Log in to continue');
    expect(page.text).not.toMatch(/href="\/browse\//);
    expect(frameIds((await request('/admin')).text)).toEqual([]);
  });

  it('carries out no form that a visitor who picked nobody posts', async () => {
    const answer = await request('/create', { form: { issuetype: `${BASE_PROJECT.key}:${BASE_ISSUE_TYPES.task}`, summary: 'Posted by nobody' } });
    expect(answer.status).toBe(401);
    expect(await newestSummaries()).not.toContain('Posted by nobody');
  });

  it('refuses a state-changing call that a page of another origin sends', async () => {
    const registrar = userWithRole(/registrar/i);
    const call = { frame: await panelFrame(registrar), functionKey: 'preferences/get-language' };
    expect((await request('/__sandbox/invoke', { as: registrar, json: call, headers: { origin: 'http://localhost:3999' } })).status).toBe(403);
    expect((await request('/__sandbox/invoke', { as: registrar, json: call, headers: { origin: new URL(sandbox().url).origin } })).status).toBe(200);
  });

  it('switches user with a cookie and goes back where it came from', async () => {
    const lead = userWithRole(/lead/i);
    const answer = await request('/__sandbox/user', { form: { accountId: lead.accountId, returnTo: '/outbox' } });
    expect([answer.status, answer.location]).toEqual([303, '/outbox']);
    expect((await request('/__sandbox/user', { form: { accountId: 'nobody' } })).status).toBe(400);
  });
});

describe('resolvers through /__sandbox/invoke', () => {
  it('remember a language per user, who comes from the cookie and never from the payload', async () => {
    const [registrar, advocate] = [userWithRole(/registrar/i), userWithRole(/advocate/i)];
    expect((await invoke(advocate, 'preferences/set-language', { language: 'uk' })).json).toEqual({ ok: true, value: { ok: true, data: { language: 'uk' } } });
    expect((await invoke(advocate, 'preferences/get-language', {})).json).toEqual({ ok: true, value: { ok: true, data: { language: 'uk' } } });
    expect((await invoke(registrar, 'preferences/get-language', {})).json).toEqual({ ok: true, value: { ok: true, data: { language: null } } });
    const smuggled = await invoke(registrar, 'preferences/set-language', { language: 'ru', accountId: advocate.accountId });
    expect(smuggled.json).toEqual({ ok: true, value: expect.objectContaining({ ok: false }) as unknown });
  });

  it('refuse a call that names nobody with Jira’s 401: not even the admin page’s Set up project runs', async () => {
    const admin = userWithRole(/admin/i);
    const [adminFrame] = frameIds((await request('/admin', { as: admin })).text);
    const answer = await request('/__sandbox/invoke', { json: { frame: adminFrame, functionKey: 'project/set-up', payload: { projectKey: BASE_PROJECT.key } } });
    expect(answer).toMatchObject({ status: 401, json: NOT_AUTHENTICATED });
  });

  it('run the resolver of the module the page rendered, whatever module the body names', async () => {
    const admin = userWithRole(/admin/i);
    const forged = { frame: await panelFrame(admin), functionKey: 'project/setup-status', payload: {}, site: { moduleKey: 'admin-page', localId: 'admin-page/admin', extension: {} } };
    // The panel's resolver has no Set up project keys, even for the admin.
    expect(await request('/__sandbox/invoke', { as: admin, json: forged })).toMatchObject({ status: 404, json: { ok: false, code: 'FUNCTION_NOT_FOUND' } });
  });

  it.each(['constructor', 'toString', '__proto__'])('answer the key %s, which no resolver defines, with a typed 404', async (functionKey) => {
    expect(await invoke(userWithRole(/registrar/i), functionKey, {})).toMatchObject({
      status: 404,
      json: { ok: false, code: 'FUNCTION_NOT_FOUND', error: `Resolver has no definition for '${functionKey}'.` },
    });
  });

  it('refuse a frame that no page rendered, a frame rendered for someone else, and a call without a frame', async () => {
    const [registrar, advocate] = [userWithRole(/registrar/i), userWithRole(/advocate/i)];
    expect((await request('/__sandbox/invoke', { as: registrar, json: { frame: 'made-up', functionKey: 'preferences/get-language' } })).status).toBe(404);
    expect((await request('/__sandbox/invoke', { as: registrar, json: { frame: await panelFrame(advocate), functionKey: 'preferences/get-language' } })).status).toBe(403);
    expect((await request('/__sandbox/invoke', { as: registrar, json: { functionKey: 'preferences/get-language' } })).status).toBe(400);
  });
});

describe('host pages', () => {
  it('list the seeded issues, created through the app triggers', async () => {
    const keys = await seededKeys();
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const created = info.mock.calls.filter(([message, , kind]) => message === 'Complaint event' && kind === 'created').map(([, key]) => key as string);
    expect(created.sort()).toEqual(keys.filter((k) => k.type === 'Complaint').map((k) => k.key).sort());
  });

  it('show the panel on a Complaint with the FullContext of the viewer and the issue', async () => {
    const complaint = (await seededKeys()).find((k) => k.type === 'Complaint');
    const advocate = userWithRole(/advocate/i);
    const page = await request(`/browse/${complaint?.key ?? ''}`, { as: advocate });
    expect(page.status).toBe(200);
    const [context] = frameContexts(page.text);
    expect(context).toEqual(
      expect.objectContaining({
        accountId: advocate.accountId,
        moduleKey: 'advocate-panel',
        locale: advocate.locale.replace('_', '-'),
        extension: expect.objectContaining({ type: 'jira:issuePanel', issue: expect.objectContaining({ key: complaint?.key, type: 'Complaint' }) as unknown }) as unknown,
      }),
    );
    expect(page.text).toContain('data-src="/__sandbox/resources/panel/index.html"');
  });

  it('run a workflow transition as the viewer and hand the change to the update trigger', async () => {
    const complaint = (await seededKeys()).find((k) => k.type === 'Complaint');
    const advocate = userWithRole(/advocate/i);
    const transitions = await request(`/rest/api/3/issue/${complaint?.key ?? ''}/transitions`, { as: advocate });
    // Transitions that ask only for a reason, which their screen's Reason field takes, and Withdraw a resolution (Won't Do), which the page sends only where the screen shows it.
    const first = (transitions.json as { transitions: { id: string; name: string; to: { name: string } }[] }).transitions.find((t) =>
      ['Withdraw', 'Reopen', 'Return for rework'].includes(t.name),
    );
    const fields = (await request('/rest/api/3/field', { as: advocate })).json as { id: string; name: string }[];
    const reason = fields.find((f) => f.name === 'Reason')?.id ?? '';
    const answer = await request(`/browse/${complaint?.key ?? ''}/transition`, {
      as: advocate,
      form: { transitionId: first?.id ?? '', [reason]: 'The customer asked for it in writing', resolution: '10001' },
    });
    expect(answer.location).toBe(`/browse/${complaint?.key ?? ''}`);
    expect(info.mock.calls).toContainEqual(['Complaint event', complaint?.key, 'updated', expect.any(String)]);
  });

  it('create an issue from the form and show it', async () => {
    const registrar = userWithRole(/registrar/i);
    const project = (await request('/rest/api/3/project', { as: registrar }).then((r) => r.json as { key: string }[]))[0];
    const details = (await request(`/rest/api/3/project/${project?.key ?? ''}`, { as: registrar })).json as { issueTypes: { id: string; name: string }[] };
    const type = details.issueTypes.find((t) => t.name === 'Complaint') ?? details.issueTypes[0];
    const answer = await request('/create', { as: registrar, form: { issuetype: `${project?.key ?? ''}:${type?.id ?? ''}`, summary: 'Queue at the branch', description: 'Two hours.' } });
    expect(answer.status).toBe(303);
    const page = await request(answer.location ?? '', { as: registrar });
    expect(page.text).toContain('Queue at the branch');
  });

  it('show the create form again, with what was typed and Jira’s message beside the field it refused', async () => {
    const registrar = userWithRole(/registrar/i);
    const { issueTypes } = (await request(`/rest/api/3/project/${BASE_PROJECT.key}`, { as: registrar })).json as { issueTypes: { id: string; name: string }[] };
    const complaint = issueTypes.find((t) => t.name === 'Complaint')?.id ?? '';
    const answer = await request('/create', { as: registrar, form: { issuetype: `${BASE_PROJECT.key}:${complaint}`, summary: ' ', description: 'Kept as typed' } });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<p id="create-summary-error" class="field-error">You must specify a summary of the issue.</p>');
    expect(answer.text).toContain('Kept as typed</textarea>');
  });

  it('open a transition’s screen as a dialog over the issue', async () => {
    const advocate = userWithRole(/advocate/i);
    const screened = async (key: string) =>
      ((await request(`/rest/api/3/issue/${key}/transitions`, { as: advocate })).json as { transitions: { id: string; name: string; hasScreen: boolean }[] }).transitions.find((t) => t.hasScreen);
    // An open complaint offers the advocate Withdraw, whose screen asks for the resolution.
    const complaints = (await seededKeys()).filter((k) => k.type === 'Complaint');
    const offers = await Promise.all(complaints.map(async ({ key }) => ({ key, withScreen: await screened(key) })));
    const { key, withScreen } = offers.find((offer) => offer.withScreen !== undefined) ?? { key: '', withScreen: undefined };
    const page = await request(`/browse/${key}?transition=${withScreen?.id ?? ''}`, { as: advocate });
    expect(page.text).toContain(`<h2 id="transition-dialog-title">${withScreen?.name ?? ''}</h2>`);
    expect(page.text).toContain(`<input type="hidden" name="transitionId" value="${withScreen?.id ?? ''}"/>`);
  });

  it('keep the gadget configuration that edit mode submitted and open edit mode with the edit entry point', async () => {
    const manager = userWithRole(/manager/i);
    const edit = await request('/dashboard?edit=1', { as: manager });
    const [editFrame] = frameIds(edit.text);
    const saved = await request('/__sandbox/gadget-config', { as: manager, json: { frame: editFrame, configuration: { projects: ['CMP'], periodMonths: 6, departments: [] } } });
    expect(saved.status).toBe(200);
    const [view] = frameContexts((await request('/dashboard', { as: manager })).text);
    expect(view?.extension).toEqual(expect.objectContaining({ gadgetConfiguration: { projects: ['CMP'], periodMonths: 6, departments: [] } }));
    expect(frameContexts(edit.text)[0]?.extension).toEqual(expect.objectContaining({ entryPoint: 'edit' }));
    expect(edit.text).toContain('data-view-url="/dashboard"');
  });

  it('search issues at Jira’s /issues/?jql= as the viewer, with the count, and show Jira’s message for bad JQL', async () => {
    const complaints = (await seededKeys()).filter((k) => k.type === 'Complaint');
    const registrar = userWithRole(/registrar/i);
    const jql = 'issuetype = Complaint ORDER BY created DESC';
    const counted = await request('/rest/api/3/search/approximate-count', { as: registrar, json: { jql } });
    const total = (counted.json as { count: number }).count;
    expect(total).toBeGreaterThanOrEqual(complaints.length);
    const found = await request(`/issues/?jql=${encodeURIComponent(jql)}`, { as: registrar });
    expect(found.status).toBe(200);
    expect(found.text).toContain(`${String(total)} issues`);
    for (const { key } of complaints.slice(0, 3)) expect(found.text).toContain(`href="/browse/${key}"`);
    const refused = await request(`/issues/?jql=${encodeURIComponent('statuss = Open')}`, { as: registrar });
    expect(refused.text).toMatch(/role="alert">[^<]*statuss/);
    expect(refused.text).not.toContain('issue-table');
  });

  it.each(['/admin', '/outbox', '/create'])('render %s', async (path) => {
    expect((await request(path, { as: userWithRole(/advocate/i) })).status).toBe(200);
  });

  it('serve no file outside a resource folder', async () => {
    expect((await request('/__sandbox/resources/panel/..%2F..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await request('/__sandbox/resources/nope/index.html')).status).toBe(404);
  });
});

describe('while seeding', () => {
  it('answers as soon as it listens: the pages say how far seeding got, the clock controls wait', async () => {
    const seen = await whileSeeding;
    expect(seen).toEqual({ seeding: true, home: { status: 200, text: expect.stringContaining('The sandbox is creating its demo data') as unknown }, jump: 409, clock: 200 });
    expect((await request('/', { as: userWithRole(/registrar/i) })).text).not.toContain('The sandbox is creating its demo data');
  });
});

describe('control API', () => {
  it('moves the clock and runs the schedules that fell due', async () => {
    const before = (await request('/__sandbox/clock')).json as { now: number };
    const moved = await request('/__sandbox/clock', { json: { advanceMs: 5 * MINUTE } });
    expect((moved.json as { now: number }).now).toBe(before.now + 5 * MINUTE);
    expect((moved.json as { ran: unknown[] }).ran).toEqual([{ key: 'reminder-sweep-schedule', at: new Date(before.now + 5 * MINUTE).toISOString() }]);
    expect((await request('/__sandbox/clock', { json: { advanceMs: -1 } })).status).toBe(400);
  });

  it('runs a scheduled trigger on demand', async () => {
    expect((await request('/__sandbox/scheduled/daily-reconciliation-schedule', { method: 'POST' })).json).toEqual({ ran: 'daily-reconciliation-schedule' });
    expect(info.mock.calls.some(([message]) => String(message).startsWith('Daily reconciliation'))).toBe(true);
    expect((await request('/__sandbox/scheduled/nope', { method: 'POST' })).status).toBe(404);
  });

  it('injects Jira faults and duplicate events, and clears them', async () => {
    const user = userWithRole(/registrar/i);
    await request('/__sandbox/faults', { json: { events: { duplicate: true } } });
    const { issueTypes } = (await request(`/rest/api/3/project/${BASE_PROJECT.key}`, { as: user })).json as { issueTypes: { id: string; name: string }[] };
    const complaintType = issueTypes.find((t) => t.name === 'Complaint')?.id ?? '';
    const created = await request('/create', { as: user, form: { issuetype: `${BASE_PROJECT.key}:${complaintType}`, summary: 'Twice' } });
    const key = (created.location ?? '').replace('/browse/', '');
    expect(info.mock.calls.filter(([message, issueKey, kind]) => message === 'Complaint event' && issueKey === key && kind === 'created')).toHaveLength(2);

    await request('/__sandbox/faults', { json: { jira: { rate500: 1, appCallsOnly: true } } });
    expect((await request('/rest/api/3/myself', { as: user })).status).toBe(200);
    await request('/__sandbox/faults', { json: { jira: { appCallsOnly: false } } });
    expect((await request('/rest/api/3/myself', { as: user })).status).toBe(500);
    expect((await request('/__sandbox/faults', { json: { jira: { afterWorkShare: 2 } } })).status).toBe(400);
    const cleared = await request('/__sandbox/faults', { json: { clear: true } });
    expect(cleared.json).toEqual({
      jira: expect.objectContaining({ rate500: 0, rate429: 0, afterWorkShare: 0, appCallsOnly: false }) as unknown,
      events: { delayMs: 0, duplicate: false, lost: false },
      answeredAfterWork: 0,
    });
    expect((await request('/rest/api/3/myself', { as: user })).status).toBe(200);
  });

  it('lists what /notify sent', async () => {
    const complaint = (await seededKeys())[0];
    const advocate = userWithRole(/advocate/i);
    const sent = await request(`/rest/api/3/issue/${complaint?.key ?? ''}/notify`, {
      as: advocate,
      // Jira mails nobody about their own actions, so the advocate writes to the registrar.
      json: { subject: 'Please call the customer', textBody: 'Today.', to: { users: [{ accountId: userWithRole(/registrar/i).accountId }] } },
    });
    expect(sent.status).toBeLessThan(300);
    expect((await request('/__sandbox/outbox')).json).toEqual(expect.arrayContaining([expect.objectContaining({ issueKey: complaint?.key, subject: 'Please call the customer' })]));
  });

  it('resets the site: the app storage is empty again, the demo issues are back, and the clock reads what it read before', async () => {
    const advocate = userWithRole(/advocate/i);
    await invoke(advocate, 'preferences/set-language', { language: 'ru' });
    await request('/__sandbox/clock', { json: { advanceMs: 3 * 24 * 60 * MINUTE } });
    const before = (await request('/__sandbox/clock')).json as { now: number };
    expect((await request('/__sandbox/reset', { method: 'POST' })).status).toBe(200);
    expect((await invoke(advocate, 'preferences/get-language', {})).json).toEqual({ ok: true, value: { ok: true, data: { language: null } } });
    const keys = await seededKeys();
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(((await request('/__sandbox/clock')).json as { now: number }).now).toBe(before.now);
    // The demo plays six months up to the clock: its newest issue is days old, not six months in the future.
    const newest = (await request(`/rest/api/3/issue/${keys[0]?.key ?? ''}?fields=created`, { as: advocate })).json as { fields: { created: string } };
    expect(before.now - Date.parse(newest.fields.created)).toBeGreaterThanOrEqual(0);
    expect(before.now - Date.parse(newest.fields.created)).toBeLessThan(7 * 24 * 60 * MINUTE);
  });
});
