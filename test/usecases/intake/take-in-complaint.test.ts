import { takeInComplaint } from '../../../src/usecases/intake/take-in-complaint';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { jiraTime, makeIssue } from '../../jira/intake/issue-fixtures';
import { makeBinding, STATUS_IDS } from '../../jira/provisioning/provisioning-fixtures';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const binding = makeBinding();
const ids = binding.fieldIds;
const MINUTE = 60_000;

const change = (id: string, at: number, from: keyof typeof STATUS_IDS, to: keyof typeof STATUS_IDS, reason?: string) => ({
  id,
  created: jiraTime(at),
  author: { accountId: 'advocate-1', accountType: 'atlassian' },
  items: [
    { field: 'status', fieldId: 'status', from: STATUS_IDS[from], to: STATUS_IDS[to], toString: null },
    ...(reason === undefined ? [] : [{ field: 'Reason', fieldId: ids.reason, from: null, to: null, toString: reason }]),
  ],
});

/** A closed complaint rated 4 in the index, which Jira now shows reopened, rating fields still set. */
const setUp = async () => {
  const env = await runtimeOverSqlite();
  env.setNow(T0 + 10 * MINUTE);
  await env.store.saveComplaint(makeRecord({ status: 'closed', resolution: 'done', satisfaction: 4, consideredResolved: false, routedAt: T0 }), 0);
  const issue = makeIssue({
    fields: { status: { id: STATUS_IDS.in_progress, statusCategory: { key: 'indeterminate' } }, updated: jiraTime(T0 + 5 * MINUTE) },
    custom: { satisfaction: 4, consideredResolved: 'No' },
  });
  const histories = [change('301', T0 + MINUTE, 'measures_done', 'closed'), change('302', T0 + 5 * MINUTE, 'closed', 'in_progress', 'The refund bounced')];
  const writes: string[] = [];
  const asked: string[][] = [];
  const base = env.invocation();
  const deps = {
    ...base,
    jira: {
      ...base.jira,
      readIssue: () => Promise.resolve(issue),
      changelogs: (issueIds: readonly string[], fieldIds: readonly string[]) => Promise.resolve(void asked.push([...fieldIds])).then(() => new Map([[issueIds[0] ?? '', histories]])),
      setAppFieldValues: (_id: string, values: readonly { fieldId: string; value: unknown }[]) => Promise.resolve(void writes.push(values.map((v) => `${v.fieldId}=${JSON.stringify(v.value)}`).join())),
    },
  };
  return { env, deps, writes, asked };
};

quietDeliveryLogs();

describe('takeInComplaint', () => {
  it('records a reopen from the changelog with its reason, clears the rating once, and a second take-in changes nothing', async () => {
    const { env, deps, writes, asked } = await setUp();
    await takeInComplaint(deps, binding, '10001');
    expect(asked).toEqual([['status', 'assignee', ids.reason]]);
    const trail = await env.store.trailOf('10001');
    expect(trail.map((e) => [e.key, e.kind, e.note])).toEqual([
      ['changelog:301:status', 'closed', undefined],
      ['changelog:302:status', 'reopened', 'The refund bounced'],
    ]);
    expect(await env.store.getComplaint('10001')).toMatchObject({ status: 'in_progress', reopens: 1, satisfaction: null, consideredResolved: null });
    expect(writes).toEqual([`${ids.returns}=0,${ids.reopens}=1,${ids.satisfaction}=null,${ids.consideredResolved}=null`]);

    await takeInComplaint(deps, binding, '10001');
    expect(await env.store.trailOf('10001')).toEqual(trail);
    expect(writes).toHaveLength(1);
  });

  it('takes in nothing when Jira no longer shows the issue', async () => {
    const { env, deps } = await setUp();
    expect(await takeInComplaint({ ...deps, jira: { ...deps.jira, readIssue: () => Promise.resolve(null) } }, binding, '10001')).toBeNull();
    expect(await env.store.trailOf('10001')).toEqual([]);
  });
});
