import type { Person } from '../../../src/domain/workflow/roles-of';
import type { IssueTransitions, TransitionAnswer } from '../../../src/ports/issue-transitions.port';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { performTransition, type TransitionRequest } from '../../../src/usecases/panel/perform-transition';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { makeBinding } from '../../jira/provisioning/provisioning-fixtures';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const lead: Person = { accountId: 'lead-billing', groups: [], isJiraAdmin: false };
const ava: Person = { accountId: 'ava', groups: ['complaint-advocates'], isJiraAdmin: false };
const ids = makeBinding().fieldIds;

/** T0 is 2 March 2026; the business day is the same in London. */
const startWork: TransitionRequest = { issueId: '10001', action: 'start_work', input: { measures: ' Refund ', measuresDeadline: '2026-03-06' } };
/** The measures of `startWork` as Jira gives them back: trimmed, the document's text. */
const SHARED_TEXT = 'Refund';
const close: TransitionRequest = { issueId: '10001', action: 'close', input: { satisfaction: 4, consideredResolved: false, callNotes: 'Happier', compensation: 20 } };

/**
 * The runtime over SQLite with one complaint, Jira's app-field writes recorded, Jira's transitions
 * answering `answer` (and recording what they were asked), and Jira's read of the issue answering
 * `issue` (null: Jira does not show it, so the intake has nothing to take in).
 */
const setUp = async (row: Partial<ComplaintRecord> = {}, answer: () => Promise<TransitionAnswer> = () => Promise.resolve({ kind: 'done' }), issue: () => Promise<unknown> = () => Promise.resolve(null)) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0 + 1000);
  await env.store.saveComplaint(makeRecord({ routedAt: T0, ...row }), 0);
  const writes: string[] = [];
  const asked: { name: string; fields: Readonly<Record<string, unknown>> }[] = [];
  const transitions: IssueTransitions = {
    perform: (issueId, name, fields) => {
      asked.push({ name, fields });
      return answer();
    },
  };
  const base = env.invocation();
  const deps = {
    ...base,
    transitions,
    jira: {
      ...base.jira,
      readIssue: issue,
      changelogs: () => Promise.resolve(new Map()),
      setAppFieldValues: (issueId: string, values: readonly { fieldId: string; value: unknown }[]) =>
        Promise.resolve(void writes.push(values.map((v) => `${v.fieldId}=${JSON.stringify(v.value)}`).join())),
    },
  };
  return { env, deps, writes, asked };
};

quietDeliveryLogs();

describe('performTransition', () => {
  it('asks Jira for the transition by its name, with its screen’s fields in REST v3 shapes', async () => {
    const { deps, asked, writes } = await setUp();
    expect(await performTransition(deps, lead, startWork)).toEqual({ kind: 'done', status: 'in_progress' });
    expect(asked).toEqual([
      {
        name: 'Start work',
        fields: { [ids.measures]: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Refund' }] }] }, [ids.measuresDeadline]: '2026-03-06' },
      },
    ]);
    expect(writes).toEqual([]);
  });

  it.each([
    ['a deadline in the past', lead, { ...startWork, input: { ...startWork.input, measuresDeadline: '2026-03-01' } }, {}, { code: 'invalid_input', input: 'measuresDeadline', problem: 'deadline_in_past' }],
    ['the registrar', { accountId: 'rita', groups: [], isJiraAdmin: false }, startWork, {}, { code: 'role_not_allowed', allowedRoles: ['responsible', 'advocate'] }],
    ['a step from another status', lead, { ...startWork, action: 'mark_done', input: { actionTaken: 'Done' } }, {}, { code: 'wrong_status', status: 'registered', allowedFrom: ['in_progress'] }],
    ['a negative compensation', lead, { issueId: '10001', action: 'mark_done', input: { actionTaken: 'Done', compensation: -1 } }, { status: 'in_progress' }, { code: 'invalid_input', input: 'compensation', problem: 'out_of_range' }],
    ['a lead closing', lead, close, { status: 'measures_done' }, { code: 'role_not_allowed', allowedRoles: ['advocate'] }],
  ] as const)('refuses %s and asks Jira nothing', async (_name, person, request, row, refusal) => {
    const { deps, asked, writes } = await setUp(row);
    expect(await performTransition(deps, person, request)).toEqual({ kind: 'refused', refusal });
    expect(asked).toEqual([]);
    expect(writes).toEqual([]);
  });

  it('keeps the measures the customer may read, as Jira gives them back, from the last Start work or Revise measures, and nothing in Jira', async () => {
    const { env, deps, asked } = await setUp();
    await performTransition(deps, lead, { ...startWork, shareMeasures: true });
    expect(asked[0]?.fields).not.toHaveProperty('shareMeasures');
    expect(await env.store.getComplaint('10001')).toMatchObject({ sharedMeasures: SHARED_TEXT });
    // The intake of Jira's answer is not faked here: the index moves to In progress by hand.
    const started = await env.store.getComplaint('10001');
    if (started === null) throw new Error('the complaint is gone');
    await env.store.saveComplaint({ ...started, status: 'in_progress', version: started.version + 1 }, started.version);
    await performTransition(deps, lead, { ...startWork, action: 'revise_measures' });
    expect(await env.store.getComplaint('10001')).toMatchObject({ sharedMeasures: null });
  });

  it('refuses a complaint the index does not know, and one in a project that was never set up', async () => {
    const { deps } = await setUp();
    expect(await performTransition(deps, lead, { ...startWork, issueId: '99999' })).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
    expect(await performTransition({ ...deps, bindings: { load: () => Promise.resolve(null) } }, lead, startWork)).toEqual({ kind: 'refused', refusal: { code: 'project_not_set_up' } });
  });

  it('closes with the rating written first and kept on the trail, one entry per cycle', async () => {
    const { env, deps, asked, writes } = await setUp({ status: 'measures_done', reopens: 1 });
    expect(await performTransition(deps, ava, close)).toEqual({ kind: 'done', status: 'closed' });
    expect(writes).toEqual([`${ids.satisfaction}=4,${ids.consideredResolved}="No"`]);
    expect(asked[0]).toMatchObject({ name: 'Close', fields: { [ids.compensation]: 20, resolution: { name: 'Done' } } });
    expect(await env.store.trailOf('10001')).toEqual([
      { key: 'call:1', issueId: '10001', at: T0 + 1000, kind: 'call_recorded', actorAccountId: 'ava', reason: 'call.recorded', recipients: [], status: 'closed', satisfaction: 4, consideredResolved: false },
    ]);
  });

  it.each([
    ['does not offer it', { kind: 'not_offered' }, { code: 'not_offered' }],
    ['refuses the input', { kind: 'refused', messages: ['Write the notes of the call with the customer.'] }, { code: 'jira_refused', messages: ['Write the notes of the call with the customer.'] }],
  ] as const)('puts the earlier rating back when Jira %s, and records no call', async (_name, answer, refusal) => {
    const { env, deps, writes } = await setUp({ status: 'measures_done', satisfaction: 2, consideredResolved: true }, () => Promise.resolve(answer));
    expect(await performTransition(deps, ava, close)).toEqual({ kind: 'refused', refusal });
    expect(writes).toEqual([`${ids.satisfaction}=4,${ids.consideredResolved}="No"`, `${ids.satisfaction}=2,${ids.consideredResolved}="Yes"`]);
    expect(await env.store.trailOf('10001')).toEqual([]);
  });

  it('puts the rating back when Jira cannot be reached, and lets the failure through', async () => {
    const failure = new Error('Jira is down');
    const { deps, writes } = await setUp({ status: 'measures_done' }, () => Promise.reject(failure));
    await expect(performTransition(deps, ava, close)).rejects.toBe(failure);
    expect(writes).toEqual([`${ids.satisfaction}=4,${ids.consideredResolved}="No"`, `${ids.satisfaction}=null,${ids.consideredResolved}=null`]);
  });

  it('answers done when the transition is, though the intake after it fails: the issue event takes it in', async () => {
    const { deps } = await setUp({}, undefined, () => Promise.reject(new Error('Jira is slow')));
    expect(await performTransition(deps, lead, startWork)).toEqual({ kind: 'done', status: 'in_progress' });
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('its intake waits for the issue event'), expect.any(Error));
  });

  it('closes as a duplicate with the key in upper case and Jira’s Duplicate resolution, and nothing to rate', async () => {
    const { deps, asked, writes } = await setUp({ status: 'in_progress' });
    const request: TransitionRequest = { issueId: '10001', action: 'mark_duplicate', input: { reason: 'Same charge', duplicateOf: 'CMP-7' } };
    expect(await performTransition(deps, ava, request)).toEqual({ kind: 'done', status: 'closed' });
    expect(asked[0]?.fields).toEqual({ [ids.reason]: 'Same charge', [ids.duplicateOf]: 'CMP-7', resolution: { name: 'Duplicate' } });
    expect(writes).toEqual([]);
  });
});
