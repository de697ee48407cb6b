import { CHANNELS, type Channel } from '../src/domain/complaint';
import { demoDepartments } from './demo-departments';
import type { CallAnswer } from './close-as-advocate';
import { DEMO_ACCOUNTS } from './jira/seed-site-people';

/** One tick of the demo's six months: complaint number n is registered at tick n. */
export const DEMO_TICKS = 50;
export const DEMO_TICK_MS = Math.round((182 * 24 * 60 * 60 * 1000) / DEMO_TICKS);

/** What the admin would configure: the demo departments, the app's groups and the currency. */
export const demoConfiguration = (componentIds: Readonly<Record<string, string>>) => ({
  departments: demoDepartments(componentIds),
  groups: { advocate: 'complaint-advocates', manager: 'complaint-managers' },
  currency: 'GBP',
});

type Department = 'Billing' | 'Delivery' | 'Support' | null;

const STORIES: readonly { readonly department: Department; readonly summary: string; readonly description: string }[] = [
  { department: 'Billing', summary: 'Charged twice for the same order', description: 'My card was charged twice for order 4471. I want the second charge refunded.' },
  { department: 'Delivery', summary: 'Delivery arrived three weeks late', description: 'The parcel was promised for the 3rd and came on the 24th, damaged.' },
  { department: 'Support', summary: 'Rude answer on the phone line', description: 'The agent hung up on me when I asked about my claim.' },
  { department: 'Billing', summary: 'Refund promised but never received', description: 'I returned the kettle in March and was told the refund takes five days.' },
  { department: 'Support', summary: 'Locked out of my online account', description: 'Password reset e-mails never arrive, and the branch cannot help.' },
  { department: 'Delivery', summary: 'Parcel left out in the rain', description: 'The courier left the box on the doorstep in a storm; everything inside is soaked.' },
  { department: null, summary: 'Letter about something I never ordered', description: 'I received a reminder for an order I have never placed.' },
  { department: 'Billing', summary: 'Invoice shows the wrong address', description: 'Three invoices in a row went to my old flat.' },
  { department: 'Delivery', summary: 'Courier never turned up', description: 'I took a day off work for a delivery slot that nobody came to.' },
  { department: 'Support', summary: 'Nobody answered my e-mail', description: 'I wrote four times in two weeks and got no answer at all.' },
  { department: 'Billing', summary: 'Direct debit taken after cancelling', description: 'I cancelled in writing, and the direct debit was still taken twice.' },
  { department: 'Delivery', summary: 'Wrong item delivered', description: 'I ordered a blue coat in size M and received a red one in XL.' },
  { department: 'Support', summary: 'Chat closed before I got help', description: 'The chat window closed itself while I was waiting for an agent.' },
];

export type DemoAction = 'start' | 'done' | 'return' | 'withdraw' | 'close';

export interface DemoComplaint {
  readonly summary: string;
  readonly description: string;
  readonly department: Department;
  readonly channel: Channel;
  readonly reporter: string;
  /** At which tick each step happens; steps past the last tick never happen, so the newest complaints stay early. */
  readonly plan: readonly { readonly tick: number; readonly action: DemoAction }[];
  /** What the customer says on the advocate's call when the plan closes the complaint. */
  readonly call: CallAnswer;
}

// Scores over ten complaints in a row, so that the dashboard's distribution and average have a shape.
const SCORES = [5, 4, 2, 5, 3, 4, 1, 5, 4, 3] as const;

const REPORTERS = [DEMO_ACCOUNTS.registrar, DEMO_ACCOUNTS.registrar, DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.admin];

/**
 * Fifty complaints spread over six months. Most are started the tick after they come in and
 * done two ticks later, every third stays in progress, every ninth is withdrawn, and every sixth
 * is returned for rework once. Two ticks after the measures are done the advocate calls the
 * customer and closes it with their satisfaction, through the app's resolver as the panel does,
 * so the dashboard has closed complaints, durations and scores to show; the newest stay open.
 */
export const DEMO_COMPLAINTS: readonly DemoComplaint[] = Array.from({ length: DEMO_TICKS }, (_, n) => {
  const story = STORIES[n % STORIES.length] ?? STORIES[0];
  if (story === undefined) throw new Error('No demo stories');
  const plan: { tick: number; action: DemoAction }[] =
    n % 9 === 4
      ? [{ tick: n + 1, action: 'withdraw' }]
      : [
          { tick: n + 1, action: 'start' },
          // Only a lead or deputy marks done; a complaint in triage waits for the advocate to route it.
          // Every third one stays in progress past its deadline, so the demo has reminders and escalations to show.
          ...(story.department === null || n % 3 === 1 ? [] : [{ tick: n + 3, action: 'done' as const }]),
          ...(story.department !== null && n % 6 === 0
            ? [
                { tick: n + 4, action: 'return' as const },
                { tick: n + 6, action: 'done' as const },
                { tick: n + 8, action: 'close' as const },
              ]
            : []),
          ...(story.department !== null && n % 3 === 2 ? [{ tick: n + 5, action: 'close' as const }] : []),
        ];
  const satisfaction = SCORES[n % SCORES.length] ?? 3;
  return {
    ...story,
    channel: CHANNELS[n % CHANNELS.length] ?? 'phone',
    reporter: REPORTERS[n % REPORTERS.length] ?? DEMO_ACCOUNTS.registrar,
    plan,
    call: { satisfaction, consideredResolved: satisfaction >= 3 },
  };
});
