import { textToAdf } from '../../../sandbox/jira/fields/adf';
import { ru } from '../../../src/domain/notifications/notification-catalogue.ru';
import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

// Each test takes a complaint or two through a few transitions: about a second on an idle machine.
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

/** A Billing complaint, routed to its lead and marked done. */
const doneComplaint = async (): Promise<{ id: string; key: string }> => {
  const made = await env().register({ department: 'Billing' });
  await env().settle();
  await env().transition(DEMO_ACCOUNTS.billingLead, made.key, 'Start work', { [env().field('measures')]: textToAdf('Refund'), [env().field('measuresDeadline')]: '2026-03-06' });
  await env().transition(DEMO_ACCOUNTS.billingLead, made.key, 'Mark done', { [env().field('actionTaken')]: textToAdf('Refunded') });
  await env().settle();
  return made;
};

const transitionAs = async (accountId: string, key: string, name: string, fields: Record<string, unknown>) => {
  const offered = (await env().rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { id: string; name: string }[] };
  const id = offered.transitions.find((t) => t.name === name)?.id;
  return env().rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id }, fields });
};

describe('the reason of a return', () => {
  it('goes on the trail entry of each return, and a second return cannot pass on the first one’s reason', async () => {
    const { id, key } = await doneComplaint();
    const reason = env().field('reason');
    await env().transition(DEMO_ACCOUNTS.advocate, key, 'Return for rework', { [reason]: 'The refund never arrived' });
    await env().transition(DEMO_ACCOUNTS.billingLead, key, 'Mark done', { [env().field('actionTaken')]: textToAdf('Refunded again') });
    await env().settle();

    const again = await transitionAs(DEMO_ACCOUNTS.advocate, key, 'Return for rework', {});
    expect(again).toEqual({ status: 400, json: { errorMessages: ['Give a new reason: this one was already given for an earlier step.'], errors: {} } });
    const same = await transitionAs(DEMO_ACCOUNTS.advocate, key, 'Return for rework', { [reason]: 'The refund never arrived' });
    expect(same.status).toBe(400);
    await env().transition(DEMO_ACCOUNTS.advocate, key, 'Return for rework', { [reason]: 'Only half was refunded' });
    await env().settle();

    const returns = (await env().store.trailOf(id)).filter((e) => e.kind === 'returned');
    expect(returns.map((e) => e.note)).toEqual(['The refund never arrived', 'Only half was refunded']);
    // The lead's mail of each return says why, in the lead's language (the Billing lead reads Russian).
    const mails = env().services.emulator.outbox().filter((n) => n.issueKey === key && n.subject.includes(ru.subject.returned.split(': ')[1] ?? '?'));
    expect(mails.map((n) => n.textBody.split(`${ru.label.reason}: `)[1])).toEqual(['The refund never arrived', 'Only half was refunded']);
    expect(await env().store.getComplaint(id)).toMatchObject({ returns: 2 });
  });
});

describe('a duplicate', () => {
  const markDuplicate = async (duplicateOf: string) => {
    const { id, key } = await env().register({ department: 'Billing' });
    await env().settle();
    await env().transition(DEMO_ACCOUNTS.advocate, key, 'Duplicate', { [env().field('reason')]: 'Raised twice by phone', [env().field('duplicateOf')]: duplicateOf, resolution: { name: 'Duplicate' } });
    await env().settle();
    return { id, key };
  };
  const linksOf = async (key: string) =>
    ((await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`)).json as { fields: { issuelinks: { type: { name: string }; outwardIssue?: { key: string } }[] } })
      .fields.issuelinks;

  it('is linked to the complaint it duplicates with Jira’s Duplicate link, once, and the trail says so', async () => {
    const original = await env().register({ department: 'Billing' });
    await env().settle();
    const { id, key } = await markDuplicate(original.key.toLowerCase());

    expect(await linksOf(key)).toEqual([expect.objectContaining({ type: expect.objectContaining({ name: 'Duplicate' }) as unknown, outwardIssue: expect.objectContaining({ key: original.key }) as unknown })]);
    const trail = await env().store.trailOf(id);
    expect(trail.filter((e) => e.kind === 'closed').map((e) => e.note)).toEqual(['Raised twice by phone']);
    expect(trail.filter((e) => e.kind === 'duplicate_linked').map((e) => [e.reason, e.note])).toEqual([['duplicate.linked', original.key]]);

    // A later event of the same complaint links nothing again.
    expect((await env().rest(DEMO_ACCOUNTS.registrar, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Charged twice (duplicate)' } })).status).toBe(204);
    await env().settle();
    expect(await linksOf(key)).toHaveLength(1);
    expect((await env().store.trailOf(id)).filter((e) => e.kind === 'duplicate_linked')).toHaveLength(1);
  });

  it('of a key Jira has no complaint for is told to the advocate, not lost', async () => {
    const { id, key } = await markDuplicate('CMP-999');
    expect(await linksOf(key)).toEqual([]);
    expect((await env().store.trailOf(id)).filter((e) => e.kind === 'duplicate_linked').map((e) => [e.reason, e.note, e.recipients])).toEqual([
      ['duplicate.unknown_key', 'CMP-999', ['advocate']],
    ]);
    const told = env().outbox().filter((m) => m.issueKey === key && m.subject.includes('the duplicated complaint was not found'));
    expect(told.map((m) => m.to)).toEqual([[DEMO_ACCOUNTS.advocate]]);
  });
});
