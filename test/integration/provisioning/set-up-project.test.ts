import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROVIDER_HEADER } from '../../../sandbox/host/identity-headers';
import { BASE_SCHEMES, BASE_TRANSITIONS, DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { WORKFLOW_NAME } from '../../../src/jira/provisioning/complaint-workflow-definition';
import { SETUP_STEPS, type SetupReport, type SetupStepId } from '../../../src/domain/setup/setup-report';
import { openForSuite } from '../../support/open-for-tests';
import { callShape, SANDBOX_SET_UP_MS, startProvisioningSandbox } from './provisioning-sandbox';

/*
 * Set up project through the app's real resolver, the real @forge/api and jira.js, against the
 * sandbox's Jira emulator. Each describe block starts from the empty base site.
 */
// A test runs Set up project up to three times, on a fresh or a reset site: under a second on an idle machine.
jest.setTimeout(60_000);

type Answer = { ok: true; data: { report: SetupReport } } | { ok: false; error: { code: string; message: string } };

const reportOf = (answer: unknown): SetupReport => {
  const a = answer as Answer;
  if (!a.ok) throw new Error(`Set up project answered ${a.error.code}: ${a.error.message}`);
  return a.data.report;
};
const outcomes = (report: SetupReport) => Object.fromEntries(report.steps.map((s) => [s.step, s.outcome]));

/*
 * The writes of a fresh setup with the default configuration, counted by hand from the steps:
 * 1 issue type and its scheme entry; 3 statuses in one call (In progress is Jira's In Progress);
 * 12 fields, 12 contexts, 2 option lists (Channel and Anonymous: the default configuration has no
 * departments yet); 9 screens, each created with Jira's default tab, and their
 * 8 + 2 + 2 + 3 + 1 + 2 + 3 + 20 + 6 = 47 fields (create, start work, mark done, close, return or
 * reopen, withdraw, duplicate, view, edit); 1 screen scheme and the Complaint entry in the
 * project's issue type screen scheme; 1 workflow; a workflow scheme of the project's own and its
 * assignment; 1 request type. 2 + 1 + 26 + 58 + 1 + 2 + 1 = 91 in all.
 */
const FRESH_WRITES = {
  'POST /rest/api/3/issuetype': 1,
  'PUT /rest/api/3/issuetypescheme/{id}/issuetype': 1,
  'POST /rest/api/3/statuses': 1,
  'POST /rest/api/3/field': 12,
  'POST /rest/api/3/field/{fieldId}/context': 12,
  'POST /rest/api/3/field/{fieldId}/context/{id}/option': 2,
  'POST /rest/api/3/screens': 9,
  'POST /rest/api/3/screens/{id}/tabs/{id}/fields': 47,
  'POST /rest/api/3/screenscheme': 1,
  'PUT /rest/api/3/issuetypescreenscheme/{id}/mapping': 1,
  'POST /rest/api/3/workflows/create': 1,
  'POST /rest/api/3/workflowscheme': 1,
  'PUT /rest/api/3/workflowscheme/project': 1,
  'POST /rest/servicedeskapi/servicedesk/{id}/requesttype': 1,
};

describe('Set up project on a fresh service project', () => {
  const box = openForSuite(startProvisioningSandbox, SANDBOX_SET_UP_MS);
  let fresh: SetupReport;
  beforeAll(async () => {
    box().calls.length = 0;
    fresh = reportOf(await box().setUp());
  }, SANDBOX_SET_UP_MS);

  it('creates everything, step by step, with the writes counted by hand', () => {
    expect(outcomes(fresh)).toEqual(Object.fromEntries(SETUP_STEPS.map((step) => [step, 'created'])));
    expect(callShape(box().writes())).toEqual(FRESH_WRITES);
    expect(box().writes()).toHaveLength(91);
  });

  it('never calls a removed endpoint', () => {
    const removed = box().calls.filter((c) => /\/rest\/api\/3\/(search|expression\/eval)$/.test(c.path) || (c.method === 'POST' && c.path === '/rest/api/3/workflow'));
    expect(removed).toEqual([]);
  });

  it('keeps the report for the admin page', async () => {
    expect(await box().invokeAdmin(DEMO_ACCOUNTS.admin, 'project/setup-status', {})).toEqual({ ok: true, data: { report: fresh } });
  });

  it('leaves a project where the registrar registers a Complaint into Registered', async () => {
    const created = await box().rest(DEMO_ACCOUNTS.registrar, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'CMP' }, issuetype: { name: 'Complaint' }, summary: 'Charged twice' },
    });
    expect(created.status).toBe(201);
    const key = (created.json as { key: string }).key;
    const issue = await box().rest(DEMO_ACCOUNTS.registrar, 'GET', `/rest/api/3/issue/${key}?fields=status`);
    expect((issue.json as { fields: { status: { name: string } } }).fields.status.name).toBe('Registered');
  });

  it('maps Complaint to the complaint workflow in the project’s workflow scheme', async () => {
    const answer = await box().rest(DEMO_ACCOUNTS.admin, 'GET', '/rest/api/3/workflowscheme/project?projectId=10000');
    const scheme = (answer.json as { values: { workflowScheme: { issueTypeMappings: Record<string, string> } }[] }).values[0]?.workflowScheme;
    expect(Object.values(scheme?.issueTypeMappings ?? {})).toContain(WORKFLOW_NAME);
  });

  it('runs Set up project again for the same project when the app is installed again, writing nothing', async () => {
    // The complaint registered above is still being routed: its calls are not the install's.
    await box().sandbox.services.host.idle();
    box().calls.length = 0;
    box().sandbox.services.host.install(DEMO_ACCOUNTS.admin);
    await box().sandbox.services.host.idle();
    const after = await box().invokeAdmin(DEMO_ACCOUNTS.admin, 'project/setup-status', {});
    const report = reportOf(after);
    // The install handler read the project again: the whole run happened, with reads only.
    expect(callShape(box().calls)['GET /rest/servicedeskapi/servicedesk/{id}/requesttype']).toBe(1);
    expect(outcomes(report)).toEqual(Object.fromEntries(SETUP_STEPS.map((step) => [step, 'already-present'])));
    expect(box().writes()).toEqual([]);
  });

  it('writes nothing when run again', async () => {
    box().calls.length = 0;
    const again = reportOf(await box().setUp());
    expect(outcomes(again)).toEqual(Object.fromEntries(SETUP_STEPS.map((step) => [step, 'already-present'])));
    expect(box().writes()).toEqual([]);
  });
});

describe('Set up project on a project that already has complaints', () => {
  const box = openForSuite(startProvisioningSandbox, SANDBOX_SET_UP_MS);

  it('changes the project’s scheme in place and moves the complaints to the new statuses', async () => {
    // Before the app: an admin made a Complaint type by hand, and two complaints went through the default workflow.
    const type = await box().rest(DEMO_ACCOUNTS.admin, 'POST', '/rest/api/3/issuetype', { name: 'Complaint', description: 'By hand', hierarchyLevel: 0 });
    const typeId = (type.json as { id: string }).id;
    await box().rest(DEMO_ACCOUNTS.admin, 'PUT', `/rest/api/3/issuetypescheme/${BASE_SCHEMES.projectIssueTypeScheme}/issuetype`, { issueTypeIds: [typeId] });
    const keys: string[] = [];
    for (const summary of ['Waiting', 'Finished']) {
      const made = await box().rest(DEMO_ACCOUNTS.registrar, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { id: typeId }, summary } });
      keys.push((made.json as { key: string }).key);
    }
    // Done has the Resolve Issue Screen, whose Resolution Jira requires.
    for (const [id, fields] of [[BASE_TRANSITIONS.startProgress, {}], [BASE_TRANSITIONS.done, { resolution: { name: 'Done' } }]] as const) {
      await box().rest(DEMO_ACCOUNTS.registrar, 'POST', `/rest/api/3/issue/${keys[1] ?? ''}/transitions`, { transition: { id }, fields });
    }

    box().calls.length = 0;
    const report = reportOf(await box().setUp());
    expect(outcomes(report)).toEqual({
      'issue-type': 'already-present',
      statuses: 'created',
      fields: 'created',
      screens: 'created',
      workflow: 'created',
      'workflow-scheme': 'updated',
      'request-type': 'created',
    });
    expect(box().writes().filter((c) => c.path.startsWith('/rest/api/3/workflowscheme'))).toEqual([{ method: 'POST', path: '/rest/api/3/workflowscheme/update', byApp: true }]);
    // Jira moves the issues in an asynchronous task, which the step follows to its end.
    expect(box().calls.filter((c) => c.method === 'GET' && /^\/rest\/api\/3\/task\/\d+$/.test(c.path) && c.byApp).length).toBeGreaterThanOrEqual(1);

    const statusOf = async (key: string) =>
      ((await box().rest(DEMO_ACCOUNTS.registrar, 'GET', `/rest/api/3/issue/${key}?fields=status`)).json as { fields: { status: { name: string } } }).fields.status.name;
    // To Do is in the To Do category, so Registered; Done is done, so Closed.
    expect([await statusOf(keys[0] ?? ''), await statusOf(keys[1] ?? '')]).toEqual(['Registered', 'Closed']);

    box().calls.length = 0;
    reportOf(await box().setUp());
    expect(box().writes()).toEqual([]);
  });
});

describe('Set up project that fails halfway', () => {
  const box = openForSuite(startProvisioningSandbox, SANDBOX_SET_UP_MS);

  // The first write of each step; a POST that fails is not retried, so the step fails at once.
  const FAULTS: readonly [SetupStepId, string, RegExp][] = [
    ['issue-type', 'POST', /^\/rest\/api\/3\/issuetype$/],
    ['statuses', 'POST', /^\/rest\/api\/3\/statuses$/],
    ['fields', 'POST', /^\/rest\/api\/3\/field$/],
    ['screens', 'POST', /^\/rest\/api\/3\/screens$/],
    ['workflow', 'POST', /^\/rest\/api\/3\/workflows\/create$/],
    ['workflow-scheme', 'POST', /^\/rest\/api\/3\/workflowscheme$/],
    ['request-type', 'POST', /^\/rest\/servicedeskapi\/servicedesk\/\d+\/requesttype$/],
  ];

  it.each(FAULTS)('fails at %s with Jira’s message, and a rerun finishes the job without duplicates', async (step, method, path) => {
    await box().sandbox.services.reset();
    box().setFault({ method, path });
    const failed = reportOf(await box().setUp());
    box().setFault(null);
    expect(failed.steps.map((s) => s.step)).toEqual(SETUP_STEPS.slice(0, SETUP_STEPS.indexOf(step) + 1));
    expect(failed.steps.at(-1)).toMatchObject({ step, outcome: 'failed', reason: expect.stringContaining('Internal server error (injected)') as unknown });

    const finished = reportOf(await box().setUp());
    expect(finished.steps.map((s) => s.outcome)).not.toContain('failed');
    expect(finished.steps).toHaveLength(SETUP_STEPS.length);

    box().calls.length = 0;
    reportOf(await box().setUp());
    expect(box().writes()).toEqual([]);
    const names = async (path: string) => ((await box().rest(DEMO_ACCOUNTS.admin, 'GET', path)).json as { name: string }[]).map((t) => t.name);
    expect((await names('/rest/api/3/issuetype')).filter((n) => n === 'Complaint')).toHaveLength(1);
    expect((await names('/rest/api/3/field')).filter((n) => n === 'Department')).toHaveLength(1);
  });
});

describe('Set up project by someone who is not a Jira admin', () => {
  const box = openForSuite(startProvisioningSandbox, SANDBOX_SET_UP_MS);

  it.each([
    ['the advocate', DEMO_ACCOUNTS.advocate],
    ['a lead', DEMO_ACCOUNTS.billingLead],
  ])('refuses %s with FORBIDDEN and changes nothing', async (_who, accountId) => {
    box().calls.length = 0;
    expect(await box().setUp(accountId)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a Jira admin (Administer Jira) can set up a project.', fields: [] },
    });
    expect(box().writes()).toEqual([]);
    // The only question asked of Jira: the caller's own Administer Jira permission.
    expect(callShape(box().calls)).toEqual({ 'GET /rest/api/3/mypermissions': 1 });
    expect(await box().invokeAdmin(DEMO_ACCOUNTS.admin, 'project/setup-status', {})).toEqual({ ok: true, data: { report: null } });
  });
});

describe('Set up project on a team-managed project', () => {
  const box = openForSuite(startProvisioningSandbox, SANDBOX_SET_UP_MS);

  it('is refused before anything is created, and the report says why', async () => {
    const { emulator } = box().sandbox.services;
    const handle = emulator.handle.bind(emulator);
    // The emulator's site has only company-managed projects: the app is shown CMP as Jira shows a team-managed one.
    Object.assign(emulator, {
      handle: async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
        if (req.method !== 'GET' || req.headers[PROVIDER_HEADER] !== 'app' || !/^\/rest\/api\/3\/project\/CMP(\?|$)/.test(req.url ?? '')) return handle(req, res);
        const answer = await box().rest(DEMO_ACCOUNTS.admin, 'GET', '/rest/api/3/project/CMP');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...(answer.json as object), style: 'next-gen', simplified: true }));
        return true;
      },
    });
    box().calls.length = 0;
    const report = reportOf(await box().setUp());
    expect(report.refusal).toContain('Project CMP is team-managed');
    expect(report.steps).toEqual([]);
    expect(box().writes()).toEqual([]);
  });
});
