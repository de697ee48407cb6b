import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { ok, setUpComplaintWorkflow, validator, type ComplaintSetup } from './complaint-workflow-fixture';
import { AGENT, APP, callJira, type CallAs } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

/*
 * The fixture's workflow: Start work (11) for advocates and the assignee, with Measures required
 * and a deadline not in the past; Mark done (21) for anyone who may transition; Close (31) for
 * advocates, setting the resolution. The emulator's clock stands at 2026-03-02 09:00 UTC.
 */
let running: RunningEmulator;
let setup: ComplaintSetup;

const ADVOCATE: CallAs = { email: 'ava.advocate@example.com' };
const LEAD: CallAs = { email: 'boris.belov@example.com' };
const MANAGER: CallAs = { email: 'max.manager@example.com' };

beforeEach(async () => {
  running = await startEmulator();
  setup = await setUpComplaintWorkflow(running);
});

afterEach(async () => {
  await running.close();
});

async function complaint(fields: Record<string, unknown> = {}): Promise<string> {
  const created = await ok<{ key: string }>(running, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { id: setup.issueTypeId }, summary: 'Charged twice', ...fields } }, AGENT);
  return created.key;
}

const transitionNames = async (key: string, as: CallAs) =>
  ((await callJira(running, as, 'GET', `/rest/api/3/issue/${key}/transitions`)).body as { transitions: { name: string }[] }).transitions.map((t) => t.name);

const transition = (key: string, as: CallAs, id: string, extra: Record<string, unknown> = {}) =>
  callJira(running, as, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id }, ...extra });

const statusOf = async (key: string) => ((await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=status`)).body as { fields: { status: { name: string } } }).fields.status.name;

const startFields = (deadline = '2026-03-09') => ({ fields: { [setup.fields.measures]: 'Refund the second charge', [setup.fields.deadline]: deadline } });

it('starts a new complaint in the workflow’s initial status', async () => {
  expect(await statusOf(await complaint())).toBe('Registered');
});

describe('conditions decide who sees which transition', () => {
  it.each<[string, CallAs, boolean, string[]]>([
    ['the registrar', AGENT, false, []],
    ['an advocate', ADVOCATE, false, ['Start work']],
    ['the lead it is assigned to', LEAD, true, ['Start work']],
    ['a lead it is not assigned to', LEAD, false, []],
    ['a manager', MANAGER, true, []],
  ])('%s', async (_who, as, assignedToLead, expected) => {
    const key = await complaint(assignedToLead ? { assignee: { accountId: DEMO_ACCOUNTS.billingLead } } : {});
    expect(await transitionNames(key, as)).toEqual(expected);
  });

  it('refuses a hidden transition as not valid, and leaves the issue as it was', async () => {
    const key = await complaint();
    expect(await transition(key, AGENT, '11', startFields())).toMatchObject({
      status: 400,
      body: { errorMessages: ["Transition id '11' is not valid for this issue."], errors: {} },
    });
    expect(await statusOf(key)).toBe('Registered');
  });

  it('shows only the transitions from the current status, each under its conditions', async () => {
    const key = await complaint();
    await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '11' }, ...startFields() }, ADVOCATE);
    await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '21' } }, AGENT);
    expect(await transitionNames(key, AGENT)).toEqual([]);
    expect(await transitionNames(key, ADVOCATE)).toEqual(['Close']);
  });
});

describe('validators judge the issue with the screen’s edits', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['missing measures', { fields: { DEADLINE: '2026-03-09' } }, 'Describe the measures.'],
    ['blank measures', { fields: { MEASURES: '   ', DEADLINE: '2026-03-09' } }, 'Describe the measures.'],
    ['no deadline', { fields: { MEASURES: 'Refund' } }, 'Set the Measures deadline.'],
    ['a deadline in the past', { fields: { MEASURES: 'Refund', DEADLINE: '2026-03-01' } }, 'The Measures deadline must not be in the past.'],
  ])('refuses %s with the validator’s message', async (_name, body, message) => {
    const key = await complaint();
    const fields = Object.fromEntries(
      Object.entries(body.fields as Record<string, unknown>).map(([name, value]) => [name === 'MEASURES' ? setup.fields.measures : setup.fields.deadline, value]),
    );
    expect(await transition(key, ADVOCATE, '11', { fields })).toMatchObject({ status: 400, body: { errorMessages: [message], errors: {} } });
    const issue = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=status,${setup.fields.measures}`);
    expect(issue.body).toMatchObject({ fields: { status: { name: 'Registered' }, [setup.fields.measures]: null } });
  });

  it('accepts today as the deadline and writes the status and the fields in one changelog entry', async () => {
    const key = await complaint();
    running.events.length = 0;
    expect((await transition(key, ADVOCATE, '11', startFields('2026-03-02'))).status).toBe(204);
    expect(await statusOf(key)).toBe('In Progress');
    expect(running.events.map((event) => event.changelog?.items.map((item) => item.fieldId))).toEqual([['status', setup.fields.measures, setup.fields.deadline]]);
  });

  it('refuses fields that are not on the transition’s screen', async () => {
    const key = await complaint();
    expect(await transition(key, ADVOCATE, '11', { fields: { ...startFields().fields, summary: 'Sneaky' } })).toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { summary: "Field 'summary' cannot be set. It is not on the appropriate screen, or unknown." } },
    });
    await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '11' }, ...startFields() }, ADVOCATE);
    // Mark done has no screen at all.
    expect(await transition(key, AGENT, '21', { fields: { [setup.fields.measures]: 'More' } })).toMatchObject({ status: 400 });
  });

  it('lists the screen’s fields with expand=transitions.fields', async () => {
    const key = await complaint();
    const answer = await callJira(running, ADVOCATE, 'GET', `/rest/api/3/issue/${key}/transitions?expand=transitions.fields`);
    expect(answer.body).toMatchObject({
      transitions: [
        {
          id: '11',
          hasScreen: true,
          isConditional: true,
          fields: {
            [setup.fields.measures]: { required: false, name: 'Measures', operations: ['set'], schema: { type: 'string' } },
            [setup.fields.deadline]: { required: false, name: 'Measures deadline', schema: { type: 'date' } },
          },
        },
      ],
    });
  });
});

/** Gives Mark done (21) other conditions and validators, through the workflow update API. */
async function replaceMarkDoneRules(rules: { conditions?: unknown; validators?: unknown[] }): Promise<void> {
  const answer = await ok<{
    statuses: Record<string, unknown>[];
    workflows: { id: string; version: { versionNumber: number }; statuses: { statusReference: string }[]; transitions: Record<string, unknown>[] }[];
  }>(running, 'POST', '/rest/api/3/workflows', { workflowIds: [setup.workflowId] });
  const [read] = answer.workflows;
  const transitions = read?.transitions.map((t) => (t.id === '21' ? { ...t, ...rules } : t));
  await ok(running, 'POST', '/rest/api/3/workflows/update', {
    statuses: answer.statuses,
    workflows: [{ id: read?.id, version: read?.version, statuses: read?.statuses.map((s) => ({ ...s, properties: {} })), transitions }],
  });
}

/** A complaint that Start work took to In Progress, where Mark done leaves from. */
async function startedComplaint(): Promise<string> {
  const key = await complaint();
  await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '11' }, ...startFields() }, ADVOCATE);
  return key;
}

describe('rules that check a permission, against the permission scheme', () => {
  // Administer Projects: the admin holds it in CMP, the registrar (an agent) does not.
  const ADMIN: CallAs = { email: 'adele.admin@example.com' };

  it('refuses the transition to whoever lacks the validator’s permission, and leaves the issue as it was', async () => {
    await replaceMarkDoneRules({ validators: [{ ruleKey: 'system:check-permission-validator', parameters: { permissionKey: 'ADMINISTER_PROJECTS' } }] });
    const key = await startedComplaint();
    expect(await transition(key, AGENT, '21')).toMatchObject({
      status: 400,
      body: { errorMessages: ['You do not have permission to perform this transition.'], errors: {} },
    });
    expect(await statusOf(key)).toBe('In Progress');
    expect((await transition(key, ADMIN, '21')).status).toBe(204);
    expect(await statusOf(key)).toBe('Measures done');
  });

  it('hides the transition from whoever lacks the condition’s permission', async () => {
    await replaceMarkDoneRules({
      conditions: { operation: 'ALL', conditions: [{ ruleKey: 'system:restrict-issue-transition', parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } }] },
    });
    const key = await startedComplaint();
    expect(await transitionNames(key, AGENT)).toEqual([]);
    expect(await transition(key, AGENT, '21')).toMatchObject({ status: 400, body: { errorMessages: ["Transition id '21' is not valid for this issue."] } });
    expect(await transitionNames(key, ADMIN)).toContain('Mark done');
  });
});

describe('post functions and rule variants', () => {
  it('sets the resolution on Close', async () => {
    const key = await complaint();
    await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '11' }, ...startFields() }, ADVOCATE);
    await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '21' } }, AGENT);
    await ok(running, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '31' } }, ADVOCATE);
    const issue = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=status,resolution,resolutiondate`);
    expect(issue.body).toMatchObject({ fields: { status: { name: 'Closed' }, resolution: { name: 'Done' }, resolutiondate: expect.any(String) as string } });
  });

  it('runs restrict-transition conditions, permission validators and the module’s message for a false validator', async () => {
    const advocates = '0c1d5b1e-6a3f-4b8e-9d2a-000000000003';
    await replaceMarkDoneRules({
      conditions: { operation: 'ANY', conditions: [{ ruleKey: 'system:restrict-issue-transition', parameters: { groupIds: advocates, accountIds: 'allow-reporter' } }] },
      validators: [{ ruleKey: 'system:check-permission-validator', parameters: { permissionKey: 'RESOLVE_ISSUES' } }, validator('false')],
    });
    const key = await startedComplaint();
    // The registrar reported it (allow-reporter); the lead neither reported it nor is an advocate.
    expect(await transitionNames(key, AGENT)).toEqual(['Mark done']);
    expect(await transitionNames(key, LEAD)).toEqual([]);
    expect(await transition(key, AGENT, '21')).toMatchObject({ status: 400, body: { errorMessages: ['The complaint is not ready for this step.'] } });
  });

  it('lets the app run the same rules: conditions hide what its user may not do', async () => {
    const key = await complaint();
    expect(await transitionNames(key, APP)).toEqual([]);
  });
});
