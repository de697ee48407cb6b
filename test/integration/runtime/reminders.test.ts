import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { textToAdf } from '../../../sandbox/jira/fields/adf';
import { openForEachTest } from '../../support/open-for-tests';
import { messageOf } from './message-kinds';
import { DEMO_ACCOUNTS, runtimeConfig, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

const TIME_ZONE = 'Europe/Kyiv';
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NAMES: Readonly<Record<string, string>> = {
  [DEMO_ACCOUNTS.billingLead]: 'lead',
  [DEMO_ACCOUNTS.advocate]: 'advocate',
  [DEMO_ACCOUNTS.manager]: 'manager',
};

// Each test fast-forwards a complaint through eight to ten days, an hour at a time: about a second on an idle machine.
jest.setTimeout(60_000);
const env = openForEachTest(
  // Kyiv is two hours ahead of UTC in March: business hours 09:00–18:00 there are 07:00–16:00 UTC.
  () => startRuntimeSandbox(runtimeConfig({ calendar: { timeZone: TIME_ZONE, workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: [] } })),
  SANDBOX_SET_UP_MS,
);

/** The e-mails sent since `from`, as "day time → recipients", in the business time zone; the advocate's daily digest marked so. */
const mailSince = (from: number) =>
  env()
    .outbox()
    .slice(from)
    .map((m) => `${format(new TZDate(m.sentAt, TIME_ZONE), 'EEE d HH:mm')} → ${m.to.map((id) => NAMES[id] ?? id).join('+')}${messageOf(m.subject).kind === 'digest' ? ' (digest)' : ''}`);

const trailKinds = async (id: string) =>
  (await env().store.trailOf(id)).filter((e) => e.kind === 'reminded' || e.kind === 'escalated').map((e) => `${format(new TZDate(e.at, TIME_ZONE), 'EEE d HH:mm')} ${e.reason}${e.times === undefined ? '' : ` ×${e.times}`}`);

describe('a stalled complaint, fast-forwarded an hour at a time with the sweep running', () => {
  it('Registered: the lead is reminded after a business day, then daily, the advocate in the day’s digest; the escalation manager after three', async () => {
    // Registered on Monday 2 March, 11:00 in Kyiv.
    const { id } = await env().register({ department: 'Billing' });
    await env().settle();
    const routed = env().outbox().length;
    await env().fastForward(8 * DAY);
    // The first sweep of Monday in working hours comes after the registration; from Tuesday the digest
    // follows the day's reminders, which take the first send slots.
    expect(mailSince(routed)).toEqual([
      'Mon 2 12:00 → advocate (digest)',
      'Tue 3 09:00 → advocate (digest)',
      'Tue 3 11:00 → lead',
      'Wed 4 09:00 → lead',
      'Wed 4 09:00 → advocate (digest)',
      'Thu 5 09:00 → lead',
      'Thu 5 09:00 → advocate (digest)',
      'Thu 5 11:00 → manager',
      'Fri 6 09:00 → lead',
      'Fri 6 09:00 → advocate (digest)',
      'Mon 9 09:00 → lead',
      'Mon 9 09:00 → advocate (digest)',
      'Tue 10 09:00 → lead',
      'Tue 10 09:00 → advocate (digest)',
    ]);
    // The trail rolls the reminders up into one row, which holds the last and the count.
    expect(await trailKinds(id)).toEqual(['Thu 5 11:00 escalation.registered', 'Tue 10 09:00 reminder.registered ×6']);
  });

  it('In progress: the lead is reminded a business day before the deadline and at it, then daily; the escalation manager two business days after', async () => {
    const { id, key } = await env().register({ department: 'Billing' });
    await env().settle();
    // Work starts at once, with measures due on Thursday 5 March.
    await env().transition(DEMO_ACCOUNTS.billingLead, key, 'Start work', { [env().field('measures')]: textToAdf('Refund the charge'), [env().field('measuresDeadline')]: '2026-03-05' });
    await env().settle();
    const started = env().outbox().length;
    await env().fastForward(8 * DAY);
    // The deadline day ends at 18:00 on Thursday; two business days after it is Monday's close, so Tuesday's opening.
    // The advocate's digest lists it from the day it falls due soon, then overdue.
    expect(mailSince(started)).toEqual([
      'Wed 4 09:00 → lead',
      'Thu 5 09:00 → lead',
      'Thu 5 09:00 → advocate (digest)',
      'Fri 6 09:00 → lead',
      'Fri 6 09:00 → advocate (digest)',
      'Mon 9 09:00 → lead',
      'Mon 9 09:00 → advocate (digest)',
      'Tue 10 09:00 → lead',
      'Tue 10 09:00 → manager',
      'Tue 10 09:00 → advocate (digest)',
    ]);
    // One row per reason: each window's reminders rolled up.
    expect(await trailKinds(id)).toEqual([
      'Wed 4 09:00 reminder.in_progress.before_deadline ×1',
      'Thu 5 09:00 reminder.in_progress.deadline ×1',
      'Tue 10 09:00 reminder.in_progress.overdue ×3',
      'Tue 10 09:00 escalation.in_progress',
    ]);
  });

  it('Measures done: the advocate’s digest lists the call each day instead of a reminder; the manager group after five business days', async () => {
    const { id, key } = await env().register({ department: 'Billing' });
    await env().settle();
    await env().transition(DEMO_ACCOUNTS.billingLead, key, 'Start work', { [env().field('measures')]: textToAdf('Refund the charge'), [env().field('measuresDeadline')]: '2026-03-20' });
    await env().transition(DEMO_ACCOUNTS.billingLead, key, 'Mark done', { [env().field('actionTaken')]: textToAdf('Refunded') });
    await env().settle();
    const done = env().outbox().length;
    await env().fastForward(10 * DAY);
    expect(mailSince(done)).toEqual([
      'Mon 2 12:00 → advocate (digest)',
      'Tue 3 09:00 → advocate (digest)',
      'Wed 4 09:00 → advocate (digest)',
      'Thu 5 09:00 → advocate (digest)',
      'Fri 6 09:00 → advocate (digest)',
      'Mon 9 09:00 → advocate (digest)',
      'Mon 9 11:00 → manager',
      'Tue 10 09:00 → advocate (digest)',
      'Wed 11 09:00 → advocate (digest)',
      'Thu 12 09:00 → advocate (digest)',
    ]);
    // The reminders are still due, and written to the trail, from Wednesday 11:00: the panel says the digest carried them.
    expect((await trailKinds(id)).filter((line) => line.includes('reminder'))).toEqual(['Thu 12 09:00 reminder.measures_done ×7']);
    expect((await trailKinds(id)).filter((line) => line.includes('escalation'))).toEqual(['Mon 9 11:00 escalation.measures_done']);
  });
});
