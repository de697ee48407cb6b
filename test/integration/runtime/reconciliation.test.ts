import { textToAdf } from '../../../sandbox/jira/fields/adf';
import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

// The test takes three complaints through the app and the reconciliation: half a second on an idle machine.
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

describe('the daily reconciliation', () => {
  it('heals the index from events that were lost: the complaints are indexed, routed and up to date', async () => {
    const { host } = env().services;
    const deliver = host.deliverEvent.bind(host);
    // Routed as usual, so that its responsible lead may start work.
    const { id: startedId, key: startedKey } = await env().register({ department: 'Billing' });
    await env().settle();
    // Test-only: Forge loses every product event for a while.
    Object.assign(host, { deliverEvent: () => [] });
    const lost = [await env().register({ department: 'Billing' }), await env().register({ department: 'Support' })];
    Object.assign(host, { deliverEvent: deliver });
    await env().settle();
    await env().transition(DEMO_ACCOUNTS.billingLead, startedKey, 'Start work', { [env().field('measures')]: textToAdf('Refund'), [env().field('measuresDeadline')]: '2026-03-06' });
    Object.assign(host, { deliverEvent: () => [] });
    await env().transition(DEMO_ACCOUNTS.billingLead, startedKey, 'Mark done', { [env().field('actionTaken')]: textToAdf('Refunded') });
    Object.assign(host, { deliverEvent: deliver });
    await env().settle();
    for (const c of lost) expect(await env().store.getComplaint(c.id)).toBeNull();
    expect(await env().store.getComplaint(startedId)).toMatchObject({ status: 'in_progress' });

    const before = env().calls.length;
    await host.runScheduled('daily-reconciliation-schedule');
    await env().settle();

    for (const c of lost) expect(await env().store.getComplaint(c.id)).toMatchObject({ status: 'registered', routedAt: expect.any(Number) as unknown });
    expect((await env().issue(lost[0]?.key ?? '')).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect((await env().issue(lost[1]?.key ?? '')).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.supportLead);
    expect(await env().store.getComplaint(startedId)).toMatchObject({ status: 'measures_done', actionTaken: 'Refunded' });
    // One bounded search, then the two lost complaints' routing: an assignment and a notification each.
    const calls = env().calls.slice(before).filter((c) => c.byApp).map((c) => c.method + ' ' + c.path.replace(/CMP-\d+/, 'CMP-n'));
    expect(calls.filter((c) => c.includes('search'))).toEqual(['POST /rest/api/3/search/jql']);
  });
});
