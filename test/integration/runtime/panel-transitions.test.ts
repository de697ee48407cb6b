import { openForSuite } from '../../support/open-for-tests';
import { panelCall } from './panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The panel's transition keys through the sandbox's Forge host: each runs as whoever the Forge
 * context names, and Jira applies the provisioned workflow's conditions and validators to them.
 */
jest.setTimeout(180_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

const as = (accountId: string, complaint: { id: string; key: string }) => panelCall(env(), accountId, complaint);

/** What a refusal must leave alone: the index row's version, the trail, and the issue in Jira. */
const snapshot = async (complaint: { id: string; key: string }) => ({
  version: (await env().store.getComplaint(complaint.id))?.version,
  trail: (await env().store.trailOf(complaint.id)).map((e) => e.key),
  issue: (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${complaint.key}`)).json,
});

const ratingFields = async (key: string) => {
  const fields = (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=${env().field('satisfaction')},${env().field('consideredResolved')}`)).json as {
    fields: Record<string, unknown>;
  };
  return [fields.fields[env().field('satisfaction')] ?? null, fields.fields[env().field('consideredResolved')] ?? null];
};

const registered = async () => {
  const complaint = await env().register({ department: 'Billing' });
  await env().settle();
  return complaint;
};

/** A complaint its lead started and marked done through the panel: the advocate's turn. */
const measuresDone = async () => {
  const complaint = await registered();
  const lead = as(DEMO_ACCOUNTS.billingLead, complaint);
  const advocate = as(DEMO_ACCOUNTS.advocate, complaint);
  await lead('complaint/start-work', { measures: 'Refund', measuresDeadline: '2026-03-06' });
  await lead('complaint/mark-done', { actionTaken: 'Refunded' });
  return { complaint, lead, advocate };
};

describe('the panel’s transitions', () => {
  it('take a complaint through two cycles, each with its rating on the trail, and the index follows each at once', async () => {
    const complaint = await registered();
    const lead = as(DEMO_ACCOUNTS.billingLead, complaint);
    const advocate = as(DEMO_ACCOUNTS.advocate, complaint);
    // No event reaches the app from here on: whatever the index and trail show, the resolvers recorded.
    env().services.host.events.setFaults({ lost: true });
    try {
      expect(await lead('complaint/start-work', { measures: 'Refund the double charge', measuresDeadline: '2026-03-06' })).toEqual({ ok: true, data: { status: 'in_progress' } });
      expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'in_progress', measuresDeadline: '2026-03-06', measures: 'Refund the double charge' });
      expect(await lead('complaint/mark-done', { actionTaken: 'Refunded', compensation: 15 })).toEqual({ ok: true, data: { status: 'measures_done' } });
      expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'measures_done', compensation: 15, actionTaken: 'Refunded' });
      expect(await advocate('complaint/return', { reason: 'The customer is still waiting' })).toEqual({ ok: true, data: { status: 'in_progress' } });
      expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'in_progress', returns: 1 });
      expect(await lead('complaint/mark-done', { actionTaken: 'Refunded, and apologised' })).toMatchObject({ ok: true });
      expect(await advocate('complaint/close', { satisfaction: 4, consideredResolved: false, callNotes: 'Happier, not fully' })).toEqual({ ok: true, data: { status: 'closed' } });
      expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'closed', resolution: 'done', satisfaction: 4, consideredResolved: false });
      expect(await ratingFields(complaint.key)).toEqual([4, 'No']);

      expect(await advocate('complaint/reopen', { reason: 'The refund bounced' })).toEqual({ ok: true, data: { status: 'in_progress' } });
      // Rated again after the next call: the fields and the index forget this cycle's rating.
      expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'in_progress', reopens: 1, satisfaction: null, consideredResolved: null });
      expect(await ratingFields(complaint.key)).toEqual([null, null]);
      expect(await lead('complaint/mark-done', { actionTaken: 'Refunded by bank transfer' })).toMatchObject({ ok: true });
      expect(await advocate('complaint/close', { satisfaction: 5, consideredResolved: true, callNotes: 'All sorted' })).toMatchObject({ ok: true });
    } finally {
      env().services.host.events.setFaults({ lost: false });
    }
    expect(await ratingFields(complaint.key)).toEqual([5, 'Yes']);
    const trail = await env().store.trailOf(complaint.id);
    expect(trail.filter((e) => e.kind === 'call_recorded').map((e) => [e.key, e.satisfaction, e.consideredResolved, e.actorAccountId])).toEqual([
      ['call:0', 4, false, DEMO_ACCOUNTS.advocate],
      ['call:1', 5, true, DEMO_ACCOUNTS.advocate],
    ]);
    // The reasons given on the transitions' screens are on their entries, as the events would put them.
    expect(trail.filter((e) => e.kind === 'returned' || e.kind === 'reopened').map((e) => [e.kind, e.note])).toEqual([
      ['returned', 'The customer is still waiting'],
      ['reopened', 'The refund bounced'],
    ]);
    expect(await env().store.getComplaint(complaint.id)).toMatchObject({ status: 'closed', satisfaction: 5, consideredResolved: true, returns: 1, reopens: 1 });
  });

  it('changes nothing when the app refuses: a past deadline, a lead closing, the registrar starting work, a payload naming an issue', async () => {
    const complaint = await registered();
    const other = await registered();
    const before = await snapshot(complaint);
    const lead = as(DEMO_ACCOUNTS.billingLead, complaint);

    expect(await lead('complaint/start-work', { measures: 'Refund', measuresDeadline: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: [{ path: 'measuresDeadline', message: 'deadline_in_past' }] },
    });
    expect(await as(DEMO_ACCOUNTS.registrar, complaint)('complaint/start-work', { measures: 'Refund', measuresDeadline: '2026-03-06' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await lead('complaint/start-work', { measures: 'Refund', measuresDeadline: '2026-03-06', issueId: other.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await env().settle();
    expect(await snapshot(complaint)).toEqual(before);
    expect(await snapshot(other)).toMatchObject({ trail: before.trail });

    expect(await lead('complaint/start-work', { measures: 'Refund', measuresDeadline: '2026-03-06' })).toMatchObject({ ok: true });
    expect(await lead('complaint/mark-done', { actionTaken: 'Refunded' })).toMatchObject({ ok: true });
    await env().settle();
    const done = await snapshot(complaint);
    expect(await lead('complaint/close', { satisfaction: 5, consideredResolved: true, callNotes: 'Fine' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await env().settle();
    expect(await snapshot(complaint)).toEqual(done);
    expect(await ratingFields(complaint.key)).toEqual([null, null]);
  });

  it('passes a refusal of the workflow’s validators on as INVALID_INPUT with Jira’s message, and changes nothing', async () => {
    const { complaint, lead, advocate } = await measuresDone();
    await advocate('complaint/return', { reason: 'Still waiting' });
    await lead('complaint/mark-done', { actionTaken: 'Refunded again' });
    await env().settle();
    const before = await snapshot(complaint);
    // The app does not know the reasons given before; the Reason field's validator does.
    const answer = await advocate('complaint/return', { reason: 'Still waiting' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Give a new reason') as unknown } });
    await env().settle();
    expect(await snapshot(complaint)).toEqual(before);
  });

  it('takes the rating back when Jira refuses a Close', async () => {
    const { complaint, advocate } = await measuresDone();
    await env().settle();
    // Another advocate withdrew it meanwhile: Jira no longer offers Close.
    await env().transition(DEMO_ACCOUNTS.advocate, complaint.key, 'Withdraw', { [env().field('reason')]: 'Sorted with the shop', resolution: { name: "Won't Do" } });
    await env().settle();
    const before = await snapshot(complaint);
    expect(await advocate('complaint/close', { satisfaction: 2, consideredResolved: false, callNotes: 'Unhappy' })).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(await ratingFields(complaint.key)).toEqual([null, null]);
    await env().settle();
    expect((await snapshot(complaint)).trail).toEqual(before.trail);
  });

  it('leaves nothing for the issue event that arrives after the resolver answered', async () => {
    const { complaint, advocate } = await measuresDone();
    await env().settle();
    const mail = env().outbox().length;
    expect(await advocate('complaint/return', { reason: 'The refund never came' })).toMatchObject({ ok: true });
    const atOnce = { trail: await env().store.trailOf(complaint.id), messages: env().messages().filter((m) => m.issueId === complaint.id).map((m) => m.key) };
    expect(atOnce.trail.filter((e) => e.kind === 'returned')).toEqual([expect.objectContaining({ note: 'The refund never came' })]);
    await env().settle();
    expect(await env().store.trailOf(complaint.id)).toEqual(atOnce.trail);
    expect(env().messages().filter((m) => m.issueId === complaint.id).map((m) => m.key)).toEqual(atOnce.messages);
    // The lead hears of the return once.
    expect(env().outbox().length).toBe(mail + 1);
  });
});
