import { issueSnapshot } from '../../../src/jira/intake/issue-snapshot';
import { handleComplaintEvent } from '../../../src/usecases/intake/handle-complaint-event';
import { takeInComplaint } from '../../../src/usecases/intake/take-in-complaint';
import { trimClosedComplaints } from '../../../src/usecases/retention/trim-closed-complaints';
import { makeConfig, T0 } from '../../domain/factories';
import { jiraTime, makeIssue } from '../../jira/intake/issue-fixtures';
import { makeBinding, STATUS_IDS } from '../../jira/provisioning/provisioning-fixtures';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

/*
 * A complaint the retention deleted past the index horizon that Jira shows again: an event of
 * today, or the reconciliation reading it. Created at T0, closed a minute later; the index
 * deleted complaints closed before DELETED_BEFORE.
 */
const binding = makeBinding();
const DAY = 86_400_000;
const DELETED_BEFORE = T0 + 10 * DAY;
const REOPENED_AT = T0 + 20 * DAY;

const change = (id: string, at: number, from: keyof typeof STATUS_IDS, to: keyof typeof STATUS_IDS) => ({
  id,
  created: jiraTime(at),
  author: { accountId: 'advocate-1', accountType: 'atlassian' },
  items: [
    { field: 'status', fieldId: 'status', from: STATUS_IDS[from], to: STATUS_IDS[to], toString: null },
    { field: 'Reason', fieldId: binding.fieldIds.reason, from: null, to: null, toString: 'The refund bounced' },
  ],
});
const CLOSED = change('301', T0 + 60_000, 'measures_done', 'closed');
const REOPENED = change('302', REOPENED_AT, 'closed', 'in_progress');

const closedIssue = makeIssue({
  fields: { status: { id: STATUS_IDS.closed, statusCategory: { key: 'done' } }, resolution: { id: '10000', name: 'Done' }, resolutiondate: jiraTime(T0 + 60_000), updated: jiraTime(T0 + 60_000) },
});
// Unassigned since: routing assigns it to its lead.
const reopenedIssue = makeIssue({ fields: { status: { id: STATUS_IDS.in_progress, statusCategory: { key: 'indeterminate' } }, assignee: null, updated: jiraTime(REOPENED_AT) } });

const setUp = async (issue: Record<string, unknown>, histories: readonly unknown[], deletedBefore: number | null = DELETED_BEFORE) => {
  const env = await runtimeOverSqlite(makeConfig());
  env.setNow(REOPENED_AT + DAY);
  if (deletedBefore !== null) await env.store.recordHorizon('deleted_before', deletedBefore);
  const assigned: string[] = [];
  const base = env.invocation();
  const deps = {
    ...base,
    jira: {
      ...base.jira,
      readIssue: () => Promise.resolve(issue),
      changelogs: (issueIds: readonly string[]) => Promise.resolve(new Map([[issueIds[0] ?? '', histories]])),
      assign: (_issueId: string, accountId: string | null) => Promise.resolve(void assigned.push(String(accountId))),
    },
  };
  return { env, deps, assigned };
};

quietDeliveryLogs();

describe('a complaint met again after the index deleted it', () => {
  it('is indexed from the reconciliation as routed and closed, with no trail and no message, however often it comes', async () => {
    const { env, deps, assigned } = await setUp(closedIssue, [CLOSED]);
    await takeInComplaint(deps, binding, '10001');
    await takeInComplaint(deps, binding, '10001');
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'closed', routedAt: T0, nextDueAt: null });
    expect(await env.store.trailOf('10001')).toEqual([]);
    expect(env.messages()).toEqual([]);
    expect(assigned).toEqual([]);
  });

  it('reopened since, is routed again to its lead and its reopen is told, once, but nothing of before the horizon', async () => {
    const { env, deps, assigned } = await setUp(reopenedIssue, [CLOSED, REOPENED]);
    await takeInComplaint(deps, binding, '10001');
    await takeInComplaint(deps, binding, '10001');
    expect((await env.store.trailOf('10001')).map((e) => e.kind)).toEqual(['reopened', 'routed']);
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'in_progress', responsibleAccountId: 'lead-billing', reopens: 1 });
    expect(env.messages().map((m) => m.message_key)).toEqual(['changelog:302:status', 'route']);
    expect(assigned).toEqual(['lead-billing']);
  });

  it('from its issue event, replayed, records only the reopen of today and routes once', async () => {
    const { env, deps, assigned } = await setUp(reopenedIssue, []);
    const snapshot = issueSnapshot(reopenedIssue, binding, deps.config);
    if (snapshot === null) throw new Error('the issue did not read');
    const reopen = { issueId: '10001', key: 'changelog:302:status', at: REOPENED_AT, kind: 'reopened', actorAccountId: 'advocate-1', reason: '', recipients: [], status: 'in_progress', note: 'The refund bounced' } as const;
    const stale = { ...reopen, key: 'changelog:301:status', at: T0 + 60_000, kind: 'closed', status: 'closed', note: undefined } as const;
    await handleComplaintEvent(deps, binding, { snapshot, entries: [stale, reopen] });
    await handleComplaintEvent(deps, binding, { snapshot, entries: [stale, reopen] });
    expect((await env.store.trailOf('10001')).map((e) => e.key)).toEqual(['changelog:302:status', 'route']);
    expect(assigned).toEqual(['lead-billing']);
    expect(env.messages().map((m) => m.message_key)).toEqual(['changelog:302:status', 'route']);
  });

  it('trimmed but still indexed, is read again by the reconciliation without its old changes being recorded or told again', async () => {
    const { env, deps } = await setUp(closedIssue, [CLOSED], null);
    await takeInComplaint(deps, binding, '10001');
    const told = env.messages().length;
    await trimClosedComplaints({ ...deps, contacts: { get: () => Promise.resolve(null), remove: () => Promise.resolve() }, links: { remove: () => Promise.resolve() } }, DELETED_BEFORE);
    expect(await env.store.trailOf('10001')).toEqual([]);
    // A comment today makes the reconciliation read the issue, with its whole changelog, again.
    await takeInComplaint(deps, binding, '10001');
    expect(await env.store.trailOf('10001')).toEqual([]);
    expect(env.messages()).toHaveLength(told);
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'closed', routedAt: REOPENED_AT + DAY });
  });

  it('is a new complaint like any other while nothing was ever deleted: its whole history is recorded and it is routed', async () => {
    const { env, deps } = await setUp(closedIssue, [CLOSED], null);
    await takeInComplaint(deps, binding, '10001');
    expect((await env.store.trailOf('10001')).map((e) => e.key)).toEqual(['changelog:301:status', 'route']);
    expect((await env.store.getComplaint('10001'))?.routedAt).toBe(REOPENED_AT + DAY);
  });
});
