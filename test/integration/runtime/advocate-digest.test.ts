import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { openForEachTest } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, START, startRuntimeSandbox } from './runtime-sandbox';

/**
 * Issue 17's Monday morning: complaints registered on Thursday fall due over the weekend, and
 * Monday's first sweep reminds every lead at 09:00. The advocate used to get a copy of each
 * reminder; now one digest per advocate target lists them.
 */
const TIME_ZONE = 'Europe/London';
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const MONDAY_OPENING = START + 7 * DAY;
const BILLING = 10;
const SUPPORT = 6;
const TRIAGE = 4;

// Twenty complaints through the app, then four days an hour at a time: about ten seconds on an idle machine.
jest.setTimeout(240_000);
const env = openForEachTest(() => startRuntimeSandbox(), SANDBOX_SET_UP_MS);

const when = (at: number): string => format(new TZDate(at, TIME_ZONE), 'EEE d HH:mm');

/** The mails that reached the advocate (as Billing's advocate or in the advocate group) in [from, to). */
const advocateMail = (from: number, to: number) =>
  env()
    .outbox()
    .filter((m) => m.sentAt >= from && m.sentAt < to && m.to.includes(DEMO_ACCOUNTS.advocate));

describe('the advocate’s Monday morning after a weekend', () => {
  it('is one digest per advocate target instead of a copy of every reminder', async () => {
    // Thursday 5 March, 10:00: twenty complaints, each due for its lead's first step on Friday at 10:00.
    await env().fastForward(3 * DAY + HOUR);
    const registered = [
      ...(await Promise.all(Array.from({ length: BILLING }, () => env().register({ department: 'Billing' })))),
      ...(await Promise.all(Array.from({ length: SUPPORT }, () => env().register({ department: 'Support' })))),
      ...(await Promise.all(Array.from({ length: TRIAGE }, () => env().register({})))),
    ];
    await env().settle();
    await env().sendPaced();

    await env().fastForward(MONDAY_OPENING + HOUR - env().services.clock.now());
    expect(when(env().services.clock.now())).toBe('Mon 9 10:00');

    // What the advocate would have had at 09:00 before the digest: a copy of each reminder the trail records for them.
    const trails = await Promise.all(registered.map(({ id }) => env().store.trailOf(id)));
    const copies = trails.flat().filter((e) => e.kind === 'reminded' && e.at >= MONDAY_OPENING && e.recipients.includes('advocate'));
    expect(copies).toHaveLength(BILLING + SUPPORT + TRIAGE);

    // Now: Billing's digest to its own advocate, and the advocate group's for Support and triage.
    const monday = advocateMail(MONDAY_OPENING, MONDAY_OPENING + HOUR);
    expect(monday.map((m) => m.subject).sort()).toEqual([
      `Your complaint queue: ${String(BILLING)} awaiting you today`,
      `Your complaint queue: ${String(SUPPORT + TRIAGE)} awaiting you today`,
    ]);
    console.log(`Monday 09:00: the advocate's per-issue reminders before: ${String(copies.length)}; messages now: ${String(monday.length)}`);

    // The leads are still reminded, one message per complaint.
    const leads = env()
      .outbox()
      .filter((m) => m.sentAt >= MONDAY_OPENING && m.sentAt < MONDAY_OPENING + HOUR && m.to.includes(DEMO_ACCOUNTS.billingLead));
    expect(leads).toHaveLength(BILLING);
    expect(leads.every((m) => !m.to.includes(DEMO_ACCOUNTS.advocate))).toBe(true);

    // Friday's opening brought Friday's digests, and no sweep since has sent another.
    expect(advocateMail(START + 4 * DAY, START + 4 * DAY + HOUR).map((m) => when(m.sentAt))).toEqual(['Fri 6 09:00', 'Fri 6 09:00']);
    expect(advocateMail(START + 4 * DAY + HOUR, MONDAY_OPENING)).toEqual([]);
  });
});
