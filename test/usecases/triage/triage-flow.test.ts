import type { Person } from '../../../src/domain/workflow/roles-of';
import type { IssueSnapshot } from '../../../src/domain/intake/complaint-snapshot';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import { rerouteComplaint } from '../../../src/usecases/routing/reroute-complaint';
import { routeComplaint } from '../../../src/usecases/routing/route-complaint';
import { takeInTriageExample } from '../../../src/usecases/triage/take-in-triage-example';
import { makeRecord } from '../../adapters/sql/store-contract';
import { makeConfig, T0 } from '../../domain/factories';
import { makeSnapshot } from '../../jira/intake/issue-fixtures';
import { quietDeliveryLogs, runtimeOverSqlite } from '../runtime-fakes';

const ava: Person = { accountId: 'ava', groups: ['complaint-advocates'], isJiraAdmin: false };

const BILLING = ['Charged twice for my invoice', 'Refund for the double charge never came', 'Invoice shows a wrong charge', 'My card was charged twice', 'Refund still missing after the return'];
const DELIVERY = ['Parcel arrived late and damaged', 'Courier never delivered my parcel', 'The parcel was left in the rain', 'Delivery came a week late', 'Wrong parcel delivered by the courier'];

const snapshotOf = (issueId: string, summary: string, department: IssueSnapshot['department']): IssueSnapshot => {
  const service = department.kind === 'known' && department.id === 'delivery' ? 'Courier' : 'Refunds';
  const base = makeSnapshot({ issueId, issueKey: `CMP-${issueId}`, subject: department.kind === 'none' ? null : { kind: 'service', name: service } }, T0, department);
  return { ...base, summary, description: '' };
};

/** The runtime over SQLite with a model that learned 30 complaints the registrars routed to Billing or Delivery. */
const trained = async (config = makeConfig()) => {
  const env = await runtimeOverSqlite(config);
  env.setNow(T0 + 1000);
  const deps = env.invocation();
  for (let i = 0; i < 30; i += 1) {
    const billing = i % 2 === 0;
    const texts = billing ? BILLING : DELIVERY;
    await takeInTriageExample(deps, snapshotOf(String(100 + i), texts[i % texts.length] ?? '', { kind: 'known', id: billing ? 'billing' : 'delivery' }), T0);
  }
  return { env, deps };
};

/** A new complaint without a department, in the index and taken in by the model. */
const arrives = async (env: Awaited<ReturnType<typeof trained>>['env'], row: Partial<ComplaintRecord> = {}, text = 'I was charged twice and the refund never came') => {
  const deps = env.invocation();
  await env.store.saveComplaint(makeRecord({ issueId: '10001', departmentId: null, responsibleAccountId: null, assigneeAccountId: null, routedAt: null, ...row }), 0);
  return takeInTriageExample(deps, snapshotOf('10001', text, { kind: 'none' }), T0);
};

quietDeliveryLogs();

describe('the triage suggestion through intake, routing and re-routing', () => {
  it('suggests from what was learned before the complaint, keeps it, and learns the registrar’s department and subject', async () => {
    const { env, deps } = await trained();
    const suggestion = await arrives(env);
    expect(suggestion).toMatchObject({ departmentId: 'billing', source: 'local', category: { key: 'service:refunds', name: 'Refunds' } });
    expect(suggestion?.words).toEqual(expect.arrayContaining(['charged']));
    const example = await deps.triage.exampleOf('10001');
    expect(example).toMatchObject({ suggestion, department: null });
    expect((await deps.triage.exampleOf('100'))?.department).toBe('billing');
    // Twice is once: the example is kept, nothing is learned again.
    const before = await deps.triage.countsFor('department', example?.features ?? []);
    await takeInTriageExample(deps, snapshotOf('100', BILLING[0] ?? '', { kind: 'known', id: 'billing' }), T0);
    expect((await deps.triage.countsFor('department', example?.features ?? [])).labels).toEqual(before.labels);
  });

  it('names the suggestion in the triage message and routes nothing on it while automatic routing is off', async () => {
    const { env } = await trained();
    await arrives(env);
    const outcome = await routeComplaint(env.invocation(), '10001');
    expect(outcome).toMatchObject({ kind: 'routed', decision: { target: { kind: 'triage' } } });
    expect(env.notifier.sent[0]?.textBody).toMatch(/The app suggests: Billing, \d+% confident/);
    expect((await env.store.trailOf('10001')).map((e) => e.kind)).toEqual(['routed']);
  });

  it('routes on a confident suggestion when the admin turned it on, and says so on the trail and in the message', async () => {
    const { env } = await trained(makeConfig({ triage: { autoRoute: true, threshold: 0.5 } }));
    const suggestion = await arrives(env);
    const outcome = await routeComplaint(env.invocation(), '10001');
    expect(outcome).toMatchObject({ kind: 'routed', decision: { target: { kind: 'user', accountId: 'lead-billing' }, departmentId: 'billing' } });
    const trail = await env.store.trailOf('10001');
    expect(trail.map((e) => [e.kind, e.reason])).toEqual([['routed', 'lead'], ['suggestion', 'suggestion.auto_routed']]);
    expect(trail[1]?.note).toBe(`Billing · ${String(Math.round((suggestion?.confidence ?? 0) * 100))}%`);
    expect(env.notifier.sent[0]?.textBody).toContain('Routed automatically on the app’s suggestion');
    expect(await env.store.getComplaint('10001')).toMatchObject({ departmentId: 'billing', responsibleAccountId: 'lead-billing' });
  });

  it('fills in the Department of an auto-routed complaint only once the assignment held, so a retry is still the app’s guess', async () => {
    const { env } = await trained(makeConfig({ triage: { autoRoute: true, threshold: 0.5 } }));
    await arrives(env);
    const written: string[] = [];
    const base = env.invocation();
    const failing = {
      ...base,
      jira: {
        ...base.jira,
        setAppFieldValues: () => Promise.reject(new Error('Jira answered 503')),
        setOptionOverridingScreens: (issueId: string) => Promise.resolve(void written.push(issueId)),
      },
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await routeComplaint(failing, '10001')).toMatchObject({ kind: 'retry_scheduled' });
    warn.mockRestore();
    expect(written).toEqual([]);
    expect(await env.store.trailOf('10001')).toEqual([]);
  });

  it('leaves a complaint in triage when the suggestion is below the threshold', async () => {
    const { env } = await trained(makeConfig({ triage: { autoRoute: true, threshold: 0.99 } }));
    // Half about a charge, half about a parcel: the model is not sure.
    const suggestion = await arrives(env, {}, 'Charged for a parcel that arrived late');
    expect(suggestion?.confidence).toBeLessThan(0.99);
    expect(await routeComplaint(env.invocation(), '10001')).toMatchObject({ decision: { target: { kind: 'triage' } } });
  });

  it('accepts the suggestion with one click: a re-route with the reason "suggested", recorded as accepted, learned', async () => {
    const { env } = await trained();
    await arrives(env, { routedAt: T0 });
    const deps = env.invocation();
    const outcome = await rerouteComplaint(deps, ava, { issueId: '10001', departmentId: 'billing', reason: 'suggested', suggested: true });
    expect(outcome).toMatchObject({ kind: 'rerouted', departmentId: 'billing' });
    const trail = await env.store.trailOf('10001');
    expect(trail.map((e) => [e.kind, e.reason, e.actorAccountId])).toEqual([
      ['rerouted', 'rerouted.suggested', 'ava'],
      ['suggestion', 'suggestion.accepted', 'ava'],
    ]);
    expect(trail[0]?.note).toBeUndefined();
    expect((await deps.triage.exampleOf('10001'))?.department).toBe('billing');
    expect(env.notifier.sent[0]?.textBody).toContain('The advocate accepted the app’s suggestion: Billing');
  });

  it('refuses a click on a suggestion that is no longer the complaint’s, changing nothing', async () => {
    const { env } = await trained();
    await arrives(env, { routedAt: T0 });
    const deps = env.invocation();
    expect(await rerouteComplaint(deps, ava, { issueId: '10001', departmentId: 'delivery', reason: 'suggested', suggested: true })).toEqual({
      kind: 'refused',
      refusal: { code: 'suggestion_changed' },
    });
    expect(await env.store.trailOf('10001')).toEqual([]);
    expect((await deps.triage.exampleOf('10001'))?.department).toBeNull();
  });

  it('records an override once, and forgets a re-routed complaint under the department it was learned under', async () => {
    const { env } = await trained();
    await arrives(env, { routedAt: T0 });
    const deps = env.invocation();
    await rerouteComplaint(deps, ava, { issueId: '10001', departmentId: 'delivery', reason: 'It is about the courier' });
    expect((await env.store.trailOf('10001')).find((e) => e.kind === 'suggestion')?.reason).toBe('suggestion.overridden');
    const features = (await deps.triage.exampleOf('10001'))?.features ?? [];
    const learned = (await deps.triage.countsFor('department', features)).labels.get('delivery')?.docs;
    // A later re-route moves the complaint from Delivery to Billing in the model, and writes no second verdict.
    await rerouteComplaint(deps, ava, { issueId: '10001', departmentId: 'billing', reason: 'Back to the invoice' });
    const counts = (await deps.triage.countsFor('department', features)).labels;
    expect(counts.get('delivery')?.docs).toBe((learned ?? 0) - 1);
    expect((await env.store.trailOf('10001')).filter((e) => e.kind === 'suggestion')).toHaveLength(1);
    expect((await deps.triage.exampleOf('10001'))?.department).toBe('billing');
  });
});
