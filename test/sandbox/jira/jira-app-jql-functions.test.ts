import type { JiraEmulatorOptions } from '../../../sandbox/jira';
import { TEST_APP } from './complaint-workflow-fixture';
import { AGENT, callJira, CUSTOMER, createTask } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

type AppCall = Parameters<NonNullable<JiraEmulatorOptions['invokeApp']>>[0];

const MODULES = {
  'jira:jqlFunction': [
    { key: 'labelled', name: 'issuesLabelled', arguments: [{ name: 'label', required: true }], types: ['issue'], operators: ['in', 'not in'], function: 'labelled-fn' },
  ],
};

let running: RunningEmulator;
let calls: AppCall[];
/** What the app answers, by the clause's first argument. */
const answers: Record<string, unknown> = {
  even: { jql: 'issue in (10001, 10003)' },
  none: { jql: 'project is EMPTY' },
  many: { error: 'This figure has too many complaints to list.' },
  broken: { jql: 'order by key' },
  odd: 42,
  // Jira Cloud's most, and one more.
  most: { jql: `issue in (${Array.from({ length: 1000 }, (_, i) => String(10_000 + i)).join(', ')})` },
  over: { jql: `issue in (${Array.from({ length: 1000 }, (_, i) => String(10_000 + i)).join(', ')}) OR issue = 1` },
};

const start = async (withApp: boolean) => {
  calls = [];
  const invokeApp = (call: AppCall) => {
    calls.push(call);
    const { clause } = call.payload as { clause: { arguments: string[] } };
    return Promise.resolve(answers[clause.arguments[0] ?? '']);
  };
  running = await startEmulator(withApp ? { invokeApp } : {});
  running.emulator.installApp({ ...TEST_APP, modules: MODULES });
  for (let n = 1; n <= 4; n += 1) await createTask(running, AGENT, `Task ${n}`);
};

afterEach(async () => {
  await running.close();
});

const search = async (jql: string) => callJira(running, AGENT, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'] });
const ids = async (jql: string) => ((await search(jql)).body as { issues: { id: string }[] }).issues.map((issue) => issue.id).sort();

describe("an installed app's JQL function in /search/jql", () => {
  beforeEach(async () => {
    await start(true);
  });

  it('calls the app with Jira’s payload, substitutes its fragment, and reuses the precomputation', async () => {
    expect(await ids('issue in issuesLabelled("even")')).toEqual(['10001', '10003']);
    expect(calls).toEqual([
      {
        moduleKey: 'labelled',
        functionKey: 'labelled-fn',
        payload: {
          precomputationId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
          clause: { field: 'issue', type: ['issue'], operator: 'in', functionName: 'issuesLabelled', arguments: ['even'] },
        },
      },
    ]);
    // The name is case-insensitive and the stored answer serves the same field, operator and arguments again.
    expect(await ids('project = CMP AND issue IN ISSUESLABELLED(even)')).toEqual(['10001', '10003']);
    expect(calls).toHaveLength(1);
  });

  it('searches the fragment with the searcher’s permissions', async () => {
    const answer = await callJira(running, CUSTOMER, 'POST', '/rest/api/3/search/jql', { jql: 'issue in issuesLabelled("even")' });
    expect(answer.status).toBe(200);
    expect((answer.body as { issues: unknown[] }).issues).toEqual([]);
  });

  it('takes an empty answer as a clause that never matches, and negates it under NOT', async () => {
    expect(await ids('issue in issuesLabelled("none")')).toEqual([]);
    expect(await ids('NOT issue in issuesLabelled("none")')).toEqual(['10000', '10001', '10002', '10003']);
  });

  it('fails the search with the function’s error, as Jira shows it in the JQL editor', async () => {
    const answer = await search('issue in issuesLabelled("many")');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errorMessages: ['This figure has too many complaints to list.'], errors: {} });
  });

  it('takes a fragment of 1,000 values and refuses one of more, as Jira Cloud does', async () => {
    expect(await ids('issue in issuesLabelled("most")')).toEqual(['10000', '10001', '10002', '10003']);
    const refused = await search('issue in issuesLabelled("over")');
    expect(refused.status).toBe(400);
    expect((refused.body as { errorMessages: string[] }).errorMessages).toEqual([
      expect.stringMatching(/^Function 'issuesLabelled' provided by '.+' has returned more than the maximum of 1000 values for this JQL fragment\.$/),
    ]);
  });

  it('refuses a fragment that is no WHERE clause, and an answer that is neither jql nor error', async () => {
    expect((await search('issue in issuesLabelled("broken")')).body).toEqual({ errorMessages: ["The JQL function 'issuesLabelled' returned an invalid JQL fragment."], errors: {} });
    expect((await search('issue in issuesLabelled("odd")')).body).toEqual({ errorMessages: ["The JQL function 'issuesLabelled' returned an invalid result."], errors: {} });
  });

  // The emulator's refusal of a function it does not know, unchanged by app functions.
  it('leaves an operator the function does not declare, and unknown functions, refused as before', async () => {
    expect((await search('issue = issuesLabelled("even")')).status).toBe(400);
    expect((await search('issue in nosuchFunction("even")')).body).toEqual({ errorMessages: ["Operator 'in' does not support the non-list value 'nosuchFunction(even)' for field 'issue'."], errors: {} });
    expect(calls).toEqual([]);
  });
});

describe('an emulator with no Forge host to call', () => {
  it('knows no app function', async () => {
    await start(false);
    expect((await search('issue in issuesLabelled("even")')).body).toEqual({ errorMessages: ["Operator 'in' does not support the non-list value 'issuesLabelled(even)' for field 'issue'."], errors: {} });
  });
});
