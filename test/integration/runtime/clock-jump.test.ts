import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { openForEachTest } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, START, startRuntimeSandbox } from './runtime-sandbox';

/**
 * POST /__sandbox/clock, as the +1d and +1w buttons send it: the jump behaves as if the time had
 * passed, with the schedules running at every whole hour inside it.
 */
const TIME_ZONE = 'Europe/London';
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NAMES: Readonly<Record<string, string>> = { [DEMO_ACCOUNTS.billingLead]: 'lead', [DEMO_ACCOUNTS.advocate]: 'advocate' };

interface JumpAnswer {
  readonly now: number;
  readonly ran: readonly { readonly key: string; readonly at: string }[];
}

// A week of hourly sweeps over a handful of complaints: seconds on an idle machine.
jest.setTimeout(120_000);
const env = openForEachTest(() => startRuntimeSandbox(), SANDBOX_SET_UP_MS);

const jump = async (advanceMs: number): Promise<JumpAnswer> => {
  const response = await fetch(`${env().sandbox.url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs }) });
  expect(response.status).toBe(200);
  return (await response.json()) as JumpAnswer;
};

const when = (at: number): string => format(new TZDate(at, TIME_ZONE), 'EEE d HH:mm');
const mailSince = (from: number) =>
  env()
    .outbox()
    .slice(from)
    .map((m) => `${when(m.sentAt)} → ${m.to.map((id) => NAMES[id] ?? id).join('+')}`);

describe('a clock jump', () => {
  it('runs the sweep at every whole hour inside it, with the clock at that hour, and the daily schedule once', async () => {
    const answer = await jump(DAY);
    expect(answer.now).toBe(START + DAY);
    const sweeps = answer.ran.filter((r) => r.key === 'reminder-sweep-schedule').map((r) => Date.parse(r.at));
    expect(sweeps).toEqual(Array.from({ length: 24 }, (_, n) => START + (n + 1) * HOUR));
    expect(answer.ran.filter((r) => r.key === 'daily-reconciliation-schedule')).toHaveLength(1);
    // The app's own record of its last sweep: the clock read the jump's last hour while it ran.
    expect((await env().storage.sweeps.load())?.at).toBe(START + DAY);
  });

  it('+1d from a Friday evening, over the weekend and into Monday, sends the reminder due at Monday 09:00', async () => {
    // Registered on Thursday at 10:00: the lead is reminded after a business day, then daily at the day's start.
    await jump(3 * DAY + HOUR);
    await env().register({ department: 'Billing' });
    await env().settle();
    const routed = env().outbox().length;
    await jump(33 * HOUR);
    expect(when(env().services.clock.now())).toBe('Fri 6 19:00');
    // Friday's first sweep brings the advocate's digest, which lists it as due within a day; the lead's reminder is its own.
    expect(mailSince(routed)).toEqual(['Fri 6 09:00 → advocate', 'Fri 6 10:00 → lead']);

    const friday = env().outbox().length;
    await jump(DAY);
    await jump(DAY);
    expect(mailSince(friday)).toEqual([]);
    await jump(DAY);
    expect(when(env().services.clock.now())).toBe('Mon 9 19:00');
    // The digest takes the send slot after the reminder's, a second later: a queued send, which the jump delivers at its next hour.
    expect(mailSince(friday)).toEqual(['Mon 9 09:00 → lead', 'Mon 9 10:00 → advocate']);
  });
});
