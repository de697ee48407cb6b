import { openForSuite } from '../../support/open-for-tests';
import { steps } from './complaint-life';
import { messageOf } from './message-kinds';
import { panelCall } from './panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * Nudge now and Open follow-up complaint through the sandbox's Forge host: the panel's keys run
 * as whoever the Forge context says; the nudge's mail goes out through Jira's notify, and the
 * follow-up is created, linked and routed in the emulated Jira.
 */
// A few complaints, each moved on over REST, and a day of the sandbox's clock: some seconds on an idle machine.
jest.setTimeout(180_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);
const DAY = 24 * 60 * 60_000;

describe('Nudge now', () => {
  it('tells the responsible lead once a business day, and refuses a lead', async () => {
    const complaint = await env().register({ department: 'Billing' });
    await env().settle();
    const call = (accountId: string) => panelCall(env(), accountId, complaint)('complaint/nudge', {});
    const nudgeMails = () => env().outbox().filter((m) => m.issueKey === complaint.key && messageOf(m.subject).kind === 'nudge');

    expect(await call(DEMO_ACCOUNTS.billingLead)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(DEMO_ACCOUNTS.advocate)).toEqual({ ok: true, data: { nudgedAt: expect.any(Number) as unknown } });
    await env().settle();
    expect(nudgeMails()).toEqual([expect.objectContaining({ to: [DEMO_ACCOUNTS.billingLead] })]);
    const nudged = async () => (await env().store.trailOf(complaint.id)).filter((e) => e.kind === 'nudged');
    expect(await nudged()).toEqual([expect.objectContaining({ reason: 'nudge.by_advocate', actorAccountId: DEMO_ACCOUNTS.advocate, recipients: [`user:${DEMO_ACCOUNTS.billingLead}`] })]);

    expect(await call(DEMO_ACCOUNTS.advocate)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await env().settle();
    expect(nudgeMails()).toHaveLength(1);
    expect(await nudged()).toHaveLength(1);

    env().services.clock.advance(DAY);
    expect(await call(DEMO_ACCOUNTS.advocate)).toMatchObject({ ok: true });
    await env().settle();
    expect(nudgeMails()).toHaveLength(2);
    expect((await nudged()).map((e) => e.key)).toHaveLength(2);
  });
});

describe('Open follow-up complaint', () => {
  const REASON = { reason: 'The customer was charged again in April' };
  const linksOf = async (key: string) =>
    ((await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`)).json as {
      fields: { issuelinks: { type: { name: string }; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] };
    }).fields.issuelinks;

  it('is refused on an open complaint, and changes nothing', async () => {
    const complaint = await env().register({ department: 'Billing' });
    await env().settle();
    const call = panelCall(env(), DEMO_ACCOUNTS.advocate, complaint);
    expect(await call('complaint/open-follow-up', REASON)).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(await linksOf(complaint.key)).toEqual([]);
    expect((await env().store.trailOf(complaint.id)).map((e) => e.kind)).toEqual(['routed']);
  });

  it('creates a linked complaint with the customer and department, marked as a follow-up and routed to the lead; once a closed cycle, for advocates only', async () => {
    const complaint = await env().register({ department: 'Billing', summary: 'Charged twice' });
    await env().settle();
    await steps(env()).withdraw(complaint.key);
    await env().settle();
    const call = (accountId: string = DEMO_ACCOUNTS.advocate) => panelCall(env(), accountId, complaint)('complaint/open-follow-up', REASON);
    const trailBefore = await env().store.trailOf(complaint.id);
    expect(await call(DEMO_ACCOUNTS.billingLead)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await env().store.trailOf(complaint.id)).toEqual(trailBefore);
    expect(await linksOf(complaint.key)).toEqual([]);

    const answer = await call();
    expect(answer).toEqual({ ok: true, data: { issueKey: expect.stringMatching(/^CMP-\d+$/) as unknown } });
    const followUpKey = (answer.data as { issueKey: string }).issueKey;
    await env().settle();

    const read = (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${followUpKey}?fields=summary,reporter,${env().field('department')},${env().field('channel')}`)).json as {
      id: string;
      fields: Record<string, { value?: string; accountId?: string } | string | null>;
    };
    expect(read.fields.summary).toBe(`Follow-up to ${complaint.key}: Charged twice`);
    expect(read.fields.reporter).toMatchObject({ accountId: DEMO_ACCOUNTS.registrar });
    expect(read.fields[env().field('department')]).toMatchObject({ value: 'Billing' });
    expect(read.fields[env().field('channel')]).toMatchObject({ value: 'Phone' });
    expect(await linksOf(followUpKey)).toEqual([expect.objectContaining({ type: expect.objectContaining({ name: 'Relates' }) as unknown, outwardIssue: expect.objectContaining({ key: complaint.key }) as unknown })]);
    expect(await env().store.getComplaint(read.id)).toMatchObject({ followUpOf: complaint.key, departmentId: 'billing', responsibleAccountId: DEMO_ACCOUNTS.billingLead, status: 'registered' });
    expect((await env().issue(followUpKey)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect((await env().store.trailOf(complaint.id)).filter((e) => e.kind === 'follow_up_opened')).toEqual([
      expect.objectContaining({ reason: 'follow_up.opened', note: REASON.reason, actorAccountId: DEMO_ACCOUNTS.advocate }),
    ]);

    expect(await call()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await linksOf(complaint.key)).toHaveLength(1);
  });
});
