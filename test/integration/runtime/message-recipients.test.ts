import { textToAdf } from '../../../sandbox/jira/fields/adf';
import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

const { billingLead: LEAD, advocate: ADVOCATE, manager: MANAGER } = DEMO_ACCOUNTS;

// One complaint taken through its whole life over HTTP: a few seconds on an idle machine.
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

/** Runs a step and answers who got mail from it, one entry per mail, as the sandbox's outbox shows. */
const mailOf = async (step: () => Promise<unknown>) => {
  const before = env().outbox().length;
  await step();
  await env().settle();
  return env().outbox().slice(before).map((m) => m.to);
};

describe('who hears of each step of a complaint, as the Jira emulator mails it', () => {
  it('routing the lead and the advocate; measures done the advocate; a return and a reopen the lead alone; the rest nobody', async () => {
    let key = '';
    let id = '';
    expect(
      await mailOf(async () => {
        ({ key, id } = await env().register({ department: 'Billing' }));
      }),
    ).toEqual([[LEAD, ADVOCATE].sort()]);
    const start = { [env().field('measures')]: textToAdf('Refund'), [env().field('measuresDeadline')]: '2026-03-09' };
    expect(await mailOf(() => env().transition(LEAD, key, 'Start work', start))).toEqual([]);
    const done = { [env().field('actionTaken')]: textToAdf('Refunded') };
    expect(await mailOf(() => env().transition(LEAD, key, 'Mark done', done))).toEqual([[ADVOCATE]]);
    const reason = (text: string) => ({ [env().field('reason')]: text });
    expect(await mailOf(() => env().transition(ADVOCATE, key, 'Return for rework', reason('The refund never arrived')))).toEqual([[LEAD]]);
    expect(await mailOf(() => env().transition(LEAD, key, 'Mark done', done))).toEqual([[ADVOCATE]]);

    // The call's verdict goes into the app's own fields, which only the app may write; the advocate then closes.
    expect(await env().restAsApp('POST', '/rest/api/3/app/field/value', {
      updates: [
        { issueIds: [Number(id)], customField: env().field('satisfaction'), value: 4 },
        { issueIds: [Number(id)], customField: env().field('consideredResolved'), value: 'yes' },
      ],
    })).toBe(204);
    expect(await mailOf(() => env().transition(ADVOCATE, key, 'Close', { [env().field('callNotes')]: textToAdf('Happy now'), resolution: { name: 'Done' } }))).toEqual([]);
    expect(await mailOf(() => env().transition(MANAGER, key, 'Reopen', reason('The customer called again')))).toEqual([[LEAD]]);

    // Every message the outbox holds went out, once each.
    const messages = env().messages().filter((m) => m.issueId === id);
    expect(messages.map((m) => m.state)).toEqual(messages.map(() => 'sent'));
    expect(messages).toHaveLength(5);
  });

  it('a re-route a person makes in Jira tells nobody', async () => {
    const { id, key } = await env().register({ department: 'Billing' });
    await env().settle();
    const mail = await mailOf(() => env().rest(ADVOCATE, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.supportLead }));
    expect(mail).toEqual([]);
    expect((await env().store.trailOf(id)).map((e) => e.kind).sort()).toEqual(['rerouted', 'routed']);
  });
});
