import { textToAdf } from '../../../sandbox/jira/fields/adf';
import type { complaintRequests } from './complaint-requests';
import { DEMO_ACCOUNTS, type RuntimeSandbox } from './runtime-sandbox';

/**
 * The steps of a complaint's life over REST, as the people who may take them. Return, withdraw
 * and reopen take a reason, which must differ from the one the complaint last had.
 */
export const steps = (env: Pick<ReturnType<typeof complaintRequests>, 'transition' | 'field'>) => ({
  startWork: (key: string, lead: string = DEMO_ACCOUNTS.billingLead) =>
    env.transition(lead, key, 'Start work', { [env.field('measures')]: textToAdf('Refund'), [env.field('measuresDeadline')]: '2026-03-06' }),
  markDone: (key: string, lead: string = DEMO_ACCOUNTS.billingLead, actionTaken = 'Refunded') =>
    env.transition(lead, key, 'Mark done', { [env.field('actionTaken')]: textToAdf(actionTaken) }),
  returnForRework: (key: string, reason = 'The customer is still waiting') =>
    env.transition(DEMO_ACCOUNTS.advocate, key, 'Return for rework', { [env.field('reason')]: reason }),
  withdraw: (key: string) =>
    env.transition(DEMO_ACCOUNTS.advocate, key, 'Withdraw', { [env.field('reason')]: 'The customer sorted it out with the shop', resolution: { name: "Won't Do" } }),
  reopen: (key: string) => env.transition(DEMO_ACCOUNTS.manager, key, 'Reopen', { [env.field('reason')]: 'The customer called again' }),
});

/**
 * A complaint's whole life: registered, started, done, returned for rework, done again. `routed`
 * lets routing run first: only the responsible person it chooses may start work.
 */
export const live = async (env: RuntimeSandbox, settle: () => Promise<unknown>, routed: () => Promise<unknown> = settle): Promise<string> => {
  const step = steps(env);
  const { key } = await env.register({ department: 'Billing' });
  await routed();
  await step.startWork(key);
  await settle();
  await step.markDone(key);
  await settle();
  await step.returnForRework(key);
  await settle();
  await step.markDone(key, DEMO_ACCOUNTS.billingLead, 'Refunded, and apologised');
  await settle();
  return key;
};

/** What must not depend on how events arrive: the index row, the trail and the mail. */
export const finalState = async (env: RuntimeSandbox, key: string) => {
  const { id } = await env.issue(key);
  const row = await env.store.getComplaint(id);
  if (row === null) throw new Error(`${key} is not in the index`);
  // How many writes and attempts it took may differ; what they wrote may not.
  const kept = { ...row, version: 0, routeAttempts: 0 };
  // Changelog ids differ between the two sites (the app's own assignment takes one earlier or later).
  const trail = (await env.store.trailOf(id)).map((e) => `${e.key.replace(/changelog:\d+/, 'changelog')} ${e.kind} ${e.reason} ${e.recipients.join(',')}`).sort();
  const mail = env
    .outbox()
    .map((m) => `${m.subject} → ${m.to.join(',')}`)
    .sort();
  // The app copies its counters into its read-only Forge fields, which JQL searches.
  const fields = (await env.rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=${env.field('returns')},${env.field('reopens')}`)).json as { fields: Record<string, unknown> };
  return { row: kept, trail, mail, jiraCounters: [fields.fields[env.field('returns')], fields.fields[env.field('reopens')]] };
};
