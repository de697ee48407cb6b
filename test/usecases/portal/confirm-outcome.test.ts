import type { IssueTransitions, TransitionAnswer } from '../../../src/ports/issue-transitions.port';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { confirmOutcome } from '../../../src/usecases/portal/confirm-outcome';
import { T0 } from '../../domain/factories';
import { makeBinding } from '../../jira/provisioning/provisioning-fixtures';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const HOUR = 60 * 60_000;
const ids = makeBinding().fieldIds;
const closedRow: Partial<ComplaintRecord> = { status: 'closed', resolution: 'done', closedAt: T0 + HOUR, statusChangedAt: T0 + HOUR, satisfaction: 3, consideredResolved: false };

/** The runtime over SQLite with one complaint, Jira's app-field writes and the app's transitions recorded. */
const setUp = async (row: Partial<ComplaintRecord> = closedRow, answer: TransitionAnswer = { kind: 'done' }) => {
  const env = await runtimeOverSqlite();
  await env.seedRouted(row);
  env.setNow(T0 + 2 * HOUR);
  const writes: string[] = [];
  const asked: { name: string; fields: Readonly<Record<string, unknown>> }[] = [];
  const appTransitions: IssueTransitions = { perform: (_issueId, name, fields) => Promise.resolve(void asked.push({ name, fields })).then(() => answer) };
  const base = env.invocation();
  const deps = () => ({
    ...env.invocation(),
    appTransitions,
    jira: {
      ...base.jira,
      // Jira's read after the reopen: not shown here, so the index waits for the issue event (the sandbox test covers it).
      readIssue: () => Promise.resolve(null),
      setAppFieldValues: (_issueId: string, values: readonly { fieldId: string; value: unknown }[]) =>
        Promise.resolve(void writes.push(values.map((v) => `${v.fieldId}=${JSON.stringify(v.value)}`).join())),
    },
  });
  return { env, deps, writes, asked };
};

quietDeliveryLogs();

describe('confirmOutcome', () => {
  it('records a rating after Close as the complaint’s, in Jira’s read-only fields and the index, on the trail, and tells the advocate', async () => {
    const { env, deps, writes } = await setUp();
    expect(await confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 5 })).toEqual({ kind: 'answered', at: T0 + 2 * HOUR });
    expect(writes).toEqual([`${ids.satisfaction}=5,${ids.consideredResolved}="Yes"`]);
    expect(await env.store.getComplaint('10001')).toMatchObject({ satisfaction: 5, consideredResolved: true, status: 'closed' });
    expect((await env.store.trailOf('10001')).at(-1)).toEqual(
      expect.objectContaining({ kind: 'customer_confirmed', reason: 'customer.confirmed', satisfaction: 5, consideredResolved: true, actorAccountId: null, status: 'closed' }),
    );
    expect(env.notifier.sent).toEqual([expect.objectContaining({ to: { accountIds: ['advocate-billing'], groups: [] } })]);
  });

  it('refuses a second answer in the same stage, and changes nothing', async () => {
    const { env, deps, writes } = await setUp();
    await confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 5 });
    const row = await env.store.getComplaint('10001');
    expect(await confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 1 })).toEqual({ kind: 'refused', refusal: { code: 'already_answered' } });
    expect(await confirmOutcome(deps(), '10001', { resolved: false, words: 'No' })).toEqual({ kind: 'refused', refusal: { code: 'already_answered' } });
    expect(writes).toHaveLength(1);
    expect(await env.store.getComplaint('10001')).toEqual(row);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('reopens a closed complaint as the app on "not resolved", with the words as its reason, and tells the advocate', async () => {
    const { env, deps, asked, writes } = await setUp();
    const words = `Still broken. ${'x'.repeat(400)}`;
    expect(await confirmOutcome(deps(), '10001', { resolved: false, words })).toMatchObject({ kind: 'answered' });
    expect(asked).toEqual([{ name: 'Reopen', fields: { [ids.reason]: words.slice(0, 255) } }]);
    expect(writes).toEqual([]);
    expect((await env.store.trailOf('10001')).at(-1)).toEqual(
      expect.objectContaining({ kind: 'customer_confirmed', reason: 'customer.not_resolved', consideredResolved: false, note: words }),
    );
    expect(env.messages()).toEqual([expect.objectContaining({ message_key: `customer-outcome:${String(T0 + HOUR)}`, state: 2 })]);
  });

  it('keeps the words on the trail and tells the advocate when Jira does not let the app reopen, and says it could not', async () => {
    const { env, deps } = await setUp(closedRow, { kind: 'not_offered' });
    expect(await confirmOutcome(deps(), '10001', { resolved: false, words: 'Still broken' })).toEqual({ kind: 'refused', refusal: { code: 'reopen_refused' } });
    expect((await env.store.trailOf('10001')).at(-1)).toEqual(expect.objectContaining({ kind: 'customer_confirmed', reason: 'customer.not_resolved', note: 'Still broken' }));
    expect(env.notifier.sent).toEqual([expect.objectContaining({ to: { accountIds: ['advocate-billing'], groups: [] } })]);
    expect(env.notifier.sent[0]?.textBody).toContain('Still broken');
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'closed' });
  });

  it('has recorded the words and the advocate’s message before it reopens, so a crash in Jira’s call loses neither', async () => {
    const { env, deps } = await setUp();
    const crashing = { ...deps(), appTransitions: { perform: () => Promise.reject(new Error('The invocation ended')) } };
    await expect(confirmOutcome(crashing, '10001', { resolved: false, words: 'Still broken' })).rejects.toThrow('The invocation ended');
    expect((await env.store.trailOf('10001')).at(-1)).toEqual(expect.objectContaining({ reason: 'customer.not_resolved', note: 'Still broken' }));
    expect(env.messages()).toEqual([expect.objectContaining({ message_key: `customer-outcome:${String(T0 + HOUR)}`, state: 1 })]);
  });

  it('changes Jira once, as the trail says, when two answers come at once', async () => {
    const { env, deps, writes, asked } = await setUp();
    const outcomes = await Promise.all([
      confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 5 }),
      confirmOutcome(deps(), '10001', { resolved: false, words: 'Still broken' }),
      confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 1 }),
    ]);
    expect(outcomes.filter((o) => o.kind === 'answered')).toHaveLength(1);
    const answers = (await env.store.trailOf('10001')).filter((e) => e.kind === 'customer_confirmed');
    expect(answers).toHaveLength(1);
    const jira = [...writes, ...asked.map((a) => a.name)];
    expect(jira).toEqual([answers[0]?.consideredResolved === true ? `${ids.satisfaction}=${String(answers[0].satisfaction)},${ids.consideredResolved}="Yes"` : 'Reopen']);
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('at Measures done records "not resolved" for the advocate’s call without a transition', async () => {
    const { env, deps, asked } = await setUp({ status: 'measures_done', statusChangedAt: T0 + HOUR });
    expect(await confirmOutcome(deps(), '10001', { resolved: false, words: 'They never came' })).toMatchObject({ kind: 'answered' });
    expect(asked).toEqual([]);
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'measures_done' });
    expect(env.notifier.sent).toHaveLength(1);
  });

  it('at Measures done records a rating, which the advocate’s Close may still change', async () => {
    const { env, deps, writes } = await setUp({ status: 'measures_done', statusChangedAt: T0 + HOUR });
    await confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 4 });
    expect(writes).toHaveLength(1);
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'measures_done', satisfaction: 4, consideredResolved: true });
  });

  it.each([
    ['in progress', { status: 'in_progress' }],
    ['withdrawn', { ...closedRow, resolution: 'withdrawn' }],
    ['a duplicate', { ...closedRow, resolution: 'duplicate' }],
  ] as const)('refuses a complaint %s and changes nothing', async (_case, row: Partial<ComplaintRecord>) => {
    const { env, deps, writes } = await setUp(row);
    expect(await confirmOutcome(deps(), '10001', { resolved: true, satisfaction: 5 })).toEqual({ kind: 'refused', refusal: { code: 'wrong_status' } });
    expect(writes).toEqual([]);
    expect(env.messages()).toEqual([]);
  });

  it('refuses a complaint the index does not know, or whose project is not set up', async () => {
    const { deps } = await setUp();
    expect(await confirmOutcome(deps(), '99999', { resolved: true, satisfaction: 5 })).toEqual({ kind: 'refused', refusal: { code: 'unknown_complaint' } });
    const unbound = { ...deps(), bindings: { load: () => Promise.resolve(null) } };
    expect(await confirmOutcome(unbound, '10001', { resolved: true, satisfaction: 5 })).toEqual({ kind: 'refused', refusal: { code: 'project_not_set_up' } });
  });
});
