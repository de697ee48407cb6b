import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { AppError } from '../../../src/domain/app-error';
import { WORKFLOW_NAME, workflowSchemeName } from '../../../src/jira/provisioning/complaint-workflow-definition';
import { expressionOfRule } from '../../../src/jira/provisioning/forge-rule';
import { SETUP_STEPS, setupSucceeded, type SetupReport } from '../../../src/domain/setup/setup-report';
import type { AppConfig } from '../../../src/domain/config/app-config.schema';
import { setUpProject } from '../../../src/usecases/provisioning/set-up-project';
import { makeConfig } from '../../domain/factories';
import { fakeJiraSetup, TEST_APP, WRITE_METHODS, type FakeJiraOptions, type WriteMethod } from './fake-jira-setup';

const setup = (options: FakeJiraOptions = {}) => {
  const fake = fakeJiraSetup(options);
  const reports: SetupReport[] = [];
  const bindings: ProjectBinding[] = [];
  let time = 1_000;
  const run = (config: AppConfig = makeConfig()) =>
    setUpProject(
      {
        jira: fake.jira,
        configs: { load: () => Promise.resolve(config) },
        app: TEST_APP,
        clock: { now: () => (time += 10) },
        reports: {
          save: (r) => {
            reports.push(r);
            return Promise.resolve();
          },
        },
        bindings: {
          save: (b) => {
            bindings.push(b);
            return Promise.resolve();
          },
        },
      },
      'CMP',
    );
  return { ...fake, reports, bindings, run };
};

const outcomes = (report: SetupReport) => report.steps.map((s) => [s.step, s.outcome]);
const complaintTypeId = (fake: ReturnType<typeof setup>) => fake.state.issueTypes.find((t) => t.name === 'Complaint')?.id ?? '';

/*
 * Writes of a fresh setup, counted by hand:
 * issue type 2 (create, add to the scheme); statuses 1 (Registered, Measures done and Closed in one
 * call; In progress reuses Jira's In Progress); fields 12 + 12 contexts + 3 option lists = 27;
 * screens 9 + 47 fields (create 8, start work 2, mark done 2, close 3, return or reopen 1,
 * withdraw 2, duplicate 3, view 20, edit 6) + 1 screen scheme + 1 mapping = 58; workflow 1;
 * workflow scheme 2 (create, assign); request type 1. 2 + 1 + 27 + 58 + 1 + 2 + 1 = 92.
 */
const FRESH_WRITES = 92;

describe('Set up project', () => {
  it('provisions a fresh project step by step and reports each step as it goes', async () => {
    const fake = setup();
    const report = await fake.run();
    expect(outcomes(report)).toEqual(SETUP_STEPS.map((step) => [step, 'created']));
    expect(fake.writes).toHaveLength(FRESH_WRITES);
    // One report after each step, then the final one with its end time.
    expect(fake.reports.map((r) => r.steps.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 7]);
    expect(fake.reports.map((r) => r.finishedAt === null)).toEqual([true, true, true, true, true, true, true, false]);

    const typeId = complaintTypeId(fake);
    expect(fake.project.issueTypeIds).toContain(typeId);
    expect(fake.state.statuses.map((s) => s.name)).toEqual(['To Do', 'In Progress', 'Done', 'Registered', 'Measures done', 'Closed']);
    expect(fake.state.schemes.find((s) => s.id === fake.state.projectSchemeId)).toMatchObject({
      name: workflowSchemeName('CMP'),
      defaultWorkflow: 'CMP: Default workflow',
      issueTypeMappings: { [typeId]: WORKFLOW_NAME },
    });
    expect(fake.state.requestTypes).toContainEqual(expect.objectContaining({ name: 'Complaint', issueTypeId: typeId }));
    expect(fake.state.typeScreenScheme.mappings[typeId]).toBe(fake.state.screenSchemes[0]?.id);
    // The runtime reads events by these ids: the statuses and fields that were made.
    const statusId = (name: string) => fake.state.statuses.find((s) => s.name === name)?.id;
    expect(fake.bindings).toHaveLength(1);
    expect(fake.bindings[0]).toMatchObject({
      projectKey: 'CMP',
      issueTypeId: typeId,
      statusIds: { registered: statusId('Registered'), in_progress: statusId('In Progress'), measures_done: statusId('Measures done'), closed: statusId('Closed') },
    });
    expect(Object.keys(fake.bindings[0]?.fieldIds ?? {})).toHaveLength(17);
  });

  it('reports what each step changed', async () => {
    const report = await setup().run();
    const statuses = report.steps.find((s) => s.step === 'statuses');
    expect(statuses?.changes).toEqual([
      { action: 'created', entity: 'status', name: 'Registered' },
      { action: 'created', entity: 'status', name: 'Measures done' },
      { action: 'created', entity: 'status', name: 'Closed' },
    ]);
    const fields = report.steps.find((s) => s.step === 'fields')?.changes ?? [];
    expect(fields.filter((c) => c.entity === 'field-option').map((c) => c.name)).toEqual([
      'Billing',
      'Delivery',
      'Support',
      'Phone',
      'Email',
      'Portal',
      'In person',
      'Other',
      'Yes',
      'No',
    ]);
  });

  it('changes nothing when run again on a complete setup: zero writes', async () => {
    const fake = setup();
    await fake.run();
    fake.writes.length = 0;
    const again = await fake.run();
    expect(outcomes(again)).toEqual(SETUP_STEPS.map((step) => [step, 'already-present']));
    expect(fake.writes).toEqual([]);
  });

  it('tries an in-place update again when Jira refuses it while another update of the scheme runs (409)', async () => {
    const fake = setup({ complaintIssuesInStatuses: ['10000'] });
    fake.failNext('updateWorkflowScheme', new AppError('CONFLICT', 'Another update of this workflow scheme is in progress.'));
    const report = await fake.run();
    expect(report.steps.find((s) => s.step === 'workflow-scheme')).toMatchObject({ outcome: 'updated', changes: [{ action: 'updated', entity: 'workflow-scheme' }] });
    // The refused call changed nothing; the second try, after reading the scheme again, made the one update.
    expect(fake.writes.filter((w) => w === 'updateWorkflowScheme')).toHaveLength(1);
    expect(setupSucceeded(report)).toBe(true);
  });

  it('updates a project that already has complaints in place, moving their statuses by category', async () => {
    // Two complaints raised before setup, one in To Do (10000) and one in Done (10001).
    const fake = setup({ complaintIssuesInStatuses: ['10000', '10001'] });
    const report = await fake.run();
    expect(report.steps.find((s) => s.step === 'workflow-scheme')?.outcome).toBe('updated');
    expect(fake.writes).not.toContain('assignWorkflowScheme');
    expect(fake.state.projectSchemeId).toBe('10000');
    const registered = fake.state.statuses.find((s) => s.name === 'Registered')?.id;
    const closed = fake.state.statuses.find((s) => s.name === 'Closed')?.id;
    expect(fake.state.lastSchemeUpdate?.byWorkflow).toEqual([
      {
        oldWorkflowId: 'classic:CMP: Default workflow',
        newWorkflowId: fake.state.workflows[0]?.id,
        statusMappings: [
          { oldStatusId: '10000', newStatusId: registered },
          { oldStatusId: '10001', newStatusId: closed },
        ],
      },
    ]);
    expect(fake.state.schemes[0]?.issueTypeMappings).toEqual({ [complaintTypeId(fake)]: WORKFLOW_NAME });
    fake.writes.length = 0;
    await fake.run();
    expect(fake.writes).toEqual([]);
  });

  // Every write a fresh setup makes, except the scheme update of a project with issues (covered above).
  const FRESH_WRITE_METHODS = WRITE_METHODS.filter(
    (m) => !['createScreenTab', 'updateScreenScheme', 'setFieldOptionsDisabled', 'updateWorkflow', 'updateInactiveWorkflowScheme', 'updateWorkflowScheme'].includes(m),
  );

  it.each(FRESH_WRITE_METHODS)('stops when %s fails, and a rerun finishes the job without duplicates', async (method: WriteMethod) => {
    const fake = setup();
    fake.failNext(method);
    const failed = await fake.run();
    const last = failed.steps.at(-1);
    expect(last?.outcome).toBe('failed');
    expect(last?.reason).toBe(`Jira answered 500 to ${method}`);
    expect(failed.steps.slice(0, -1).every((s) => s.outcome !== 'failed')).toBe(true);

    const rerun = await fake.run();
    expect(rerun.steps.map((s) => s.outcome)).not.toContain('failed');
    // The two runs together write exactly what one clean run writes: nothing twice.
    expect(fake.writes).toHaveLength(FRESH_WRITES);
    expect(fake.state.issueTypes.filter((t) => t.name === 'Complaint')).toHaveLength(1);
    expect(fake.state.screens).toHaveLength(9);
    expect(fake.state.workflows).toHaveLength(1);
    expect(fake.state.schemes.filter((s) => s.name === workflowSchemeName('CMP'))).toHaveLength(1);
  });

  it('follows a change of departments: a new one is added, a removed one is disabled, and the rules stay as they are', async () => {
    const fake = setup();
    await fake.run();
    fake.writes.length = 0;
    const config = makeConfig({
      departments: [
        { id: 'billing', name: 'Billing', leadAccountId: 'lead-billing' },
        { id: 'returns', name: 'Returns', leadAccountId: 'lead-returns' },
      ],
    });
    const report = await fake.run(config);
    expect(outcomes(report)).toEqual([
      ['issue-type', 'already-present'],
      ['statuses', 'already-present'],
      ['fields', 'created'],
      ['screens', 'already-present'],
      // The rules name no department or person: they read the Responsible field and the groups.
      ['workflow', 'already-present'],
      ['workflow-scheme', 'already-present'],
      ['request-type', 'already-present'],
    ]);
    expect(report.steps.find((s) => s.step === 'fields')?.changes).toEqual([
      { action: 'created', entity: 'field-option', name: 'Returns' },
      { action: 'updated', entity: 'field-option', name: 'Delivery' },
      { action: 'updated', entity: 'field-option', name: 'Support' },
    ]);
    expect(fake.writes).toEqual(['createFieldOptions', 'setFieldOptionsDisabled']);
  });

  it('follows a change of groups: the rules are updated with the new group', async () => {
    const fake = setup();
    await fake.run();
    fake.writes.length = 0;
    const report = await fake.run(makeConfig({ groups: { advocate: 'cx-champions', manager: 'complaint-managers' } }));
    expect(outcomes(report).find(([step]) => step === 'workflow')).toEqual(['workflow', 'updated']);
    expect(fake.writes).toEqual(['updateWorkflow']);
    const start = fake.state.workflows[0]?.spec.transitions.find((t) => t.name === 'Start work');
    expect(expressionOfRule('condition', TEST_APP, start?.conditions[0] ?? { ruleKey: '', parameters: {} })).toContain("user.groups.includes('cx-champions')");
  });

  it('refuses to reuse a status of the same name in another category, and goes no further', async () => {
    const fake = setup({ extraStatuses: [{ id: '6', name: 'Closed', category: 'TODO' }] });
    const report = await fake.run();
    expect(outcomes(report)).toEqual([
      ['issue-type', 'created'],
      ['statuses', 'failed'],
    ]);
    expect(report.steps[1]?.reason).toContain('"Closed" in the TODO category');
    expect(fake.writes).toEqual(['createIssueType', 'addIssueTypeToScheme']);
  });

  it('fails the fields step before creating any field when the app’s Forge fields are missing', async () => {
    const fake = setup({ forgeFields: false });
    const report = await fake.run();
    expect(report.steps.at(-1)).toMatchObject({ step: 'fields', outcome: 'failed', changes: [] });
    expect(fake.writes).not.toContain('createField');
  });

  it('fails the last step on a project that is not a service project', async () => {
    const report = await setup({ serviceDesk: false }).run();
    expect(report.steps.at(-1)).toMatchObject({ step: 'request-type', outcome: 'failed' });
    expect(report.steps.at(-1)?.reason).toContain('not a Jira Service Management project');
  });

  it('refuses a project that does not exist, before any step, saying why in the report', async () => {
    const fake = setup();
    const nothing = () => Promise.resolve();
    const deps = { jira: fake.jira, configs: { load: () => Promise.resolve(makeConfig()) }, app: TEST_APP, clock: { now: () => 0 }, reports: { save: nothing }, bindings: { save: nothing } };
    const report = await setUpProject(deps, 'NOPE');
    expect(report).toMatchObject({ projectKey: 'NOPE', steps: [], refusal: expect.stringContaining('There is no project NOPE') as unknown });
    expect(setupSucceeded(report)).toBe(false);
    expect(fake.writes).toEqual([]);
  });

  it('leaves to the admin what Jira has no API for, until the request type is in a portal group', async () => {
    const fake = setup();
    const first = await fake.run();
    expect(first.steps.find((s) => s.step === 'request-type')?.manual).toEqual(['portal-group', 'request-form-department']);
    for (const type of fake.state.requestTypes) Object.assign(type, { groupIds: ['12'] });
    const again = await fake.run();
    expect(again.steps.find((s) => s.step === 'request-type')).toEqual({ step: 'request-type', outcome: 'already-present', changes: [] });
  });

  it('finishes the report as refused when the configuration stopped validating after the run was queued', async () => {
    const fake = setup();
    const reports: SetupReport[] = [];
    const deps = {
      jira: fake.jira,
      configs: { load: () => Promise.reject(new AppError('INVALID_CONFIG', 'departments.0.id must be lowercase')) },
      app: TEST_APP,
      clock: { now: () => 3 },
      reports: { save: (r: SetupReport) => Promise.resolve(void reports.push(r)) },
      bindings: { save: () => Promise.resolve() },
    };
    const report = await setUpProject(deps, 'CMP');
    expect(report).toEqual({ projectKey: 'CMP', startedAt: 3, finishedAt: 3, steps: [], refusal: 'departments.0.id must be lowercase' });
    expect(reports).toEqual([report]);
    expect(fake.writes).toEqual([]);
  });

  it('refuses a team-managed project before anything is created, saying why', async () => {
    const fake = setup({ teamManaged: true });
    const report = await fake.run();
    expect(report.steps).toEqual([]);
    expect(report.refusal).toContain('team-managed');
    expect(report.finishedAt).not.toBeNull();
    expect(fake.reports).toEqual([report]);
    expect(fake.writes).toEqual([]);
  });
});
