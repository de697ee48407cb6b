import fc from 'fast-check';
import { openForSuite } from '../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, START } from '../integration/runtime/runtime-sandbox';
import { startRoutedComplaint } from './fuzz-sandboxes';
import { fuzz, type Verdict } from './fuzz-case';
import type { EventFunctionKey } from './fuzzed-functions';
import { hostile } from './hostile-input';

/**
 * Every function that takes an event from Jira or the platform, but the install's (see
 * admin-gadget.fuzz.test.ts): 1,000 generated events each on a set-up installation with a routed
 * complaint. A trigger or consumer answers nothing and never throws; one that refuses an event
 * says so in the log and must have changed nothing. The JQL function only reads.
 */
jest.setTimeout(600_000);

const env = openForSuite(startRoutedComplaint, SANDBOX_SET_UP_MS);

const REFUSAL = /^Ignoring a malformed/;
const refusalsLogged = (): number => jest.mocked(console.warn).mock.calls.filter(([line]) => typeof line === 'string' && REFUSAL.test(line)).length;

/** A trigger or consumer: its event as the platform delivers it, judged by what it logged. */
const handlerOf = (moduleKey: string, functionKey: string) => {
  let logged = 0;
  return {
    invoke: (payload: unknown) => {
      logged = refusalsLogged();
      return env().services.host.invokeModuleFunction({ moduleKey, functionKey, payload });
    },
    judge: (answer: unknown): Verdict => {
      if (answer !== undefined) throw new Error(`A trigger answered ${JSON.stringify(answer)}`);
      return refusalsLogged() > logged ? 'refused' : 'accepted';
    },
  };
};

const issueId = fc.oneof(fc.constant('10000'), fc.stringMatching(/^[1-9]\d{0,6}$/));
const issueKey = fc.oneof(fc.constant('CMP-1'), fc.stringMatching(/^[A-Z]{2,4}-[1-9]\d{0,3}$/));
const epochMs = fc.integer({ min: 0, max: START + 365 * 86_400_000 });
const changeItem = fc.record({
  field: fc.constantFrom('status', 'assignee', 'Department', 'summary'),
  fieldId: fc.constantFrom('status', 'assignee', 'customfield_10045'),
  from: fc.option(fc.string(), { nil: null }),
  fromString: fc.option(fc.string(), { nil: null }),
  to: fc.option(fc.string(), { nil: null }),
  toString: fc.option(fc.string(), { nil: null }),
});
const issueEvent = fc.record(
  {
    eventType: fc.constantFrom('avi:jira:created:issue', 'avi:jira:updated:issue'),
    issue: fc.record({ id: issueId, key: issueKey, fields: fc.constant({}) }),
    atlassianId: fc.constantFrom(...Object.values(DEMO_ACCOUNTS)),
    changelog: fc.record({ id: fc.oneof(fc.string(), fc.nat()), items: fc.array(changeItem, { maxLength: 3 }) }),
    selfGenerated: fc.boolean(),
  },
  { requiredKeys: ['eventType', 'issue'] },
);
const projectKey = fc.oneof(fc.constant('CMP'), fc.stringMatching(/^[A-Z][A-Z0-9_]{1,9}$/));
const queueJob = fc.oneof(
  fc.record({ kind: fc.constant('due'), issueIds: fc.array(issueId, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('messages'), refs: fc.array(fc.record({ issueId, key: fc.string({ minLength: 1 }) }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('route'), issueId }),
  fc.record({ kind: fc.constant('event'), event: issueEvent, attempt: fc.integer({ min: 1, max: 10 }) }),
  fc.record({
    kind: fc.constant('reconcile'),
    projectKey,
    pass: fc.record({ startedAt: epochMs, from: epochMs, afterKey: fc.option(issueKey, { nil: null }) }),
    attempt: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ kind: fc.constant('trim'), closedBefore: epochMs }),
  fc.record({ kind: fc.constant('forget'), horizon: epochMs }),
);
const instant = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const figureCall = fc.record({
  precomputationId: fc.option(fc.string(), { nil: undefined }),
  clause: fc.record({
    field: fc.constant('issue'),
    operator: fc.constantFrom('in', 'not in'),
    functionName: fc.constant('complaintFigure'),
    arguments: fc.tuple(
      fc.constantFrom('overdue', 'escalated', 'firstAction', 'closed'),
      fc.oneof(instant, fc.tuple(instant, instant).map(([a, b]) => `${a}/${b}`)),
      fc.constantFrom('CMP', 'CMP,OTHER', ''),
      fc.constantFrom('', 'billing', 'billing,support', 'triage'),
    ),
  }),
});

/** Each trigger and consumer of manifest.yml but the install's, with well-formed events to start from. */
const EVENT_FUNCTIONS: { readonly [K in Exclude<EventFunctionKey, 'figure-jql-function' | 'app-installed'>]: { readonly moduleKey: string; readonly events: fc.Arbitrary<unknown> } } = {
  'complaint-event': { moduleKey: 'complaint-updated-trigger', events: issueEvent },
  'queue-consumer': { moduleKey: 'complaint-queue-listener', events: fc.record({ body: queueJob }) },
  'setup-consumer': {
    moduleKey: 'setup-queue-listener',
    // Not CMP: setting it up again costs a hundred Jira calls a case, and the admin page's fuzzing covers the request.
    events: fc.record({ body: fc.record({ projectKey: projectKey.filter((key) => key !== 'CMP') }) }),
  },
};

it.each(Object.entries(EVENT_FUNCTIONS))('%s takes every event without throwing, and one it refuses changes nothing', async (functionKey, { moduleKey, events }) => {
  const handler = handlerOf(moduleKey, functionKey);
  const outcomes = await fuzz(env(), functionKey, hostile(events), handler.invoke, handler.judge);
  expect(outcomes.refused).toBeGreaterThan(0);
});

it('the JQL function answers every call with a fragment or a message, and writes nothing', async () => {
  const call = (payload: unknown) => env().services.host.invokeModuleFunction({ moduleKey: 'complaint-figure', functionKey: 'figure-jql-function', payload });
  const outcomes = await fuzz(env(), 'figure-jql-function', hostile(figureCall), call, (answer) => {
    const keys = typeof answer === 'object' && answer !== null ? Object.keys(answer) : [];
    const value: unknown = keys.length === 1 ? (answer as Record<string, unknown>)[keys[0] ?? ''] : undefined;
    if (!(keys[0] === 'jql' || keys[0] === 'error') || typeof value !== 'string') throw new Error(`Not a JQL function's answer: ${JSON.stringify(answer)}`);
    // Read-only: whatever it answers, it must have written nothing.
    return 'refused';
  });
  expect(outcomes.refused).toBe(1000);
});
