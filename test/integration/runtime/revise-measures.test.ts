import { textToAdf } from '../../../sandbox/jira/fields/adf';
import { scheduleOf } from '../../../src/domain/reminders/schedule-of';
import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, runtimeConfig, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';
import { steps } from './complaint-life';

/*
 * After a return for rework the lead sets new measures and a new deadline with Revise measures,
 * a transition from In progress back to In progress. Jira logs no status change for it, so the
 * trail gains nothing, while the index takes the new deadline and the reminders follow it.
 */
jest.setTimeout(60_000);
const config = runtimeConfig();
const env = openForSuite(() => startRuntimeSandbox(config), SANDBOX_SET_UP_MS);

interface ChangelogPage {
  readonly values: readonly { readonly items: readonly { readonly fieldId: string; readonly toString: string | null }[] }[];
}

it('takes a new deadline after a return without a status change, and the reminders follow it', async () => {
  const step = steps(env());
  const { id, key } = await env().register({ department: 'Billing' });
  await env().settle();
  await step.startWork(key);
  await step.markDone(key);
  await step.returnForRework(key);
  await env().settle();
  const returned = await env().store.getComplaint(id);
  const trailBefore = await env().store.trailOf(id);

  const offered = (await env().rest(DEMO_ACCOUNTS.billingLead, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { name: string; looped: boolean }[] };
  expect(offered.transitions.map((t) => [t.name, t.looped])).toEqual([
    ['Mark done', false],
    ['Revise measures', true],
  ]);
  const past = await env().transition(DEMO_ACCOUNTS.billingLead, key, 'Revise measures', { [env().field('measures')]: textToAdf('Refund'), [env().field('measuresDeadline')]: '2026-03-01' }).catch((error: unknown) => error);
  expect(String(past)).toContain('The Measures deadline must not be in the past.');

  await env().transition(DEMO_ACCOUNTS.billingLead, key, 'Revise measures', {
    [env().field('measures')]: textToAdf('Refund by bank transfer'),
    [env().field('measuresDeadline')]: '2026-03-20',
  });
  await env().settle();

  const changelog = (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}/changelog`)).json as ChangelogPage;
  const last = changelog.values.at(-1)?.items ?? [];
  expect(last.map((item) => item.fieldId)).not.toContain('status');
  expect(last.find((item) => item.fieldId === env().field('measuresDeadline'))?.toString).toBe('2026-03-20');

  const row = await env().store.getComplaint(id);
  const trail = await env().store.trailOf(id);
  expect(row).toMatchObject({ status: 'in_progress', measuresDeadline: '2026-03-20', statusChangedAt: returned?.statusChangedAt, returns: 1 });
  expect(trail).toEqual(trailBefore);
  if (row === null) throw new Error(`${key} is not in the index`);
  const { nextDueAt } = scheduleOf({ complaint: row, trail, policy: config.policy, calendar: config.calendar, now: env().services.clock.now() });
  expect(row.nextDueAt).toBe(nextDueAt);
  expect(row.nextDueAt).toBeGreaterThan(returned?.nextDueAt ?? Infinity);
});
