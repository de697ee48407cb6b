import { NeedsAuthenticationError } from '@forge/api';
import { createForgeCloudClient, createForgeServiceDeskClient } from '../../../../src/adapters/forge/jira/forge-jira-clients';
import { createForgeJiraTransport, type ForgeJiraOptions } from '../../../../src/adapters/forge/jira/forge-jira-transport';
import { JiraRestError } from '../../../../src/adapters/forge/jira/jira-rest-error';
import { DEMO_ACCOUNTS } from '../../../../sandbox/jira';
import { openForSuite } from '../../../support/open-for-tests';
import { failureAsForge, runAsForge, startTestSandbox, TEST_SANDBOX_START_MS } from './run-as-forge';

/**
 * The transport inside a Forge invocation of the sandbox: the real @forge/api requestJira
 * reaching the Jira emulator, whose fault injection supplies the 429s and 500s.
 */
const APP_ACCOUNT_ID = '712020:complaint-advocate-app';

// Each test makes a call or two through the real @forge/api, its retries' waits recorded, not slept: well under a second on an idle machine.
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);

/** Options that record the waits instead of sleeping, with no jitter unless a test asks. */
const recording = (random = 0) => {
  const waits: number[] = [];
  const options: ForgeJiraOptions = {
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => random,
    onSchemaMismatch: 'throw',
  };
  return { waits, options };
};

const statuses = (calls: readonly { status: number }[]) => calls.map((c) => c.status);

describe('reading through jira.js', () => {
  it.each([
    ['the app', 'app' as const, undefined, APP_ACCOUNT_ID],
    ['the invocation user', 'user' as const, DEMO_ACCOUNTS.advocate, DEMO_ACCOUNTS.advocate],
  ])('acts as %s', async (_name, actor, accountId, expected) => {
    const { options } = recording();
    const { result, calls } = await runAsForge(
      sandbox(),
      async () => (await createForgeCloudClient(actor, options)).myself.getCurrentUser(),
      accountId === undefined ? {} : { accountId },
    );
    expect(result.accountId).toBe(expected);
    expect(calls).toEqual([{ method: 'GET', path: '/rest/api/3/myself', status: 200, body: undefined }]);
  });
});

describe('retries', () => {
  it('waits what Retry-After says through 429s, then succeeds', async () => {
    const { waits, options } = recording();
    const { result, calls } = await runAsForge(sandbox(), async () => (await createForgeCloudClient('app', options)).myself.getCurrentUser(), {
      faultScript: [{ rate429: 1, retryAfterSeconds: 2 }, { rate429: 1, retryAfterSeconds: 3 }, null],
    });
    expect(result.accountId).toBe(APP_ACCOUNT_ID);
    expect(statuses(calls)).toEqual([429, 429, 200]);
    expect(waits).toEqual([2000, 3000]); // 2 s and 3 s of Retry-After, no jitter
  });

  it('tells the installation of every 429, and a caller that pauses instead gets it back at once', async () => {
    const { options } = recording();
    const told: (number | null)[] = [];
    const onRateLimited = (retryAfterMs: number | null) => Promise.resolve(void told.push(retryAfterMs));
    const { error, calls } = await failureAsForge(
      sandbox(),
      async () => (await createForgeCloudClient('app', { ...options, onRateLimited, retry: { retryRateLimited: false } })).myself.getCurrentUser(),
      { faultScript: [{ rate429: 1, retryAfterSeconds: 2 }, null] },
    );
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 });
    expect(statuses(calls)).toEqual([429]);
    expect(told).toEqual([2000]);
  });

  it.each([
    // ceilings 500, 1000, 2000 ms; wait = ceiling · (0.5 + random / 2)
    [0, [250, 500, 1000]],
    [0.5, [375, 750, 1500]],
  ])('backs off exponentially through 500s (random %d)', async (random, expectedWaits) => {
    const { waits, options } = recording(random);
    const { result, calls } = await runAsForge(sandbox(), async () => (await createForgeCloudClient('app', options)).projects.getProject({ projectIdOrKey: 'CMP' }), {
      faultScript: [{ rate500: 1 }, { rate500: 1 }, { rate500: 1 }, null],
    });
    expect(result.key).toBe('CMP');
    expect(statuses(calls)).toEqual([500, 500, 500, 200]);
    expect(waits).toEqual(expectedWaits);
  });

  it('gives up after four attempts with the last answer as a JIRA_ERROR', async () => {
    const { waits, options } = recording();
    const { error, calls } = await failureAsForge(sandbox(), async () => (await createForgeCloudClient('app', options)).myself.getCurrentUser(), {
      faultScript: [{ rate500: 1 }, { rate500: 1 }, { rate500: 1 }, { rate500: 1 }],
    });
    expect(error).toBeInstanceOf(JiraRestError);
    expect(error).toMatchObject({ code: 'JIRA_ERROR', status: 500, errorMessages: ['Internal server error.'] });
    expect(calls).toHaveLength(4);
    expect(waits).toHaveLength(3);
  });

  it('does not repeat a create that met a 500, which Jira may have carried out', async () => {
    const { waits, options } = recording();
    const { error, calls } = await failureAsForge(
      sandbox(),
      async () =>
        (await createForgeCloudClient('app', options)).issues.createIssue({ fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: 'Once only' } }),
      { faultScript: [{ rate500: 1 }] },
    );
    expect(error).toMatchObject({ code: 'JIRA_ERROR', status: 500 });
    expect(calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(['POST /rest/api/3/issue 500']);
    expect(waits).toEqual([]);
  });

  it('hands a Retry-After over the 30 s cap back to the caller at once', async () => {
    const { waits, options } = recording();
    const { error, calls } = await failureAsForge(sandbox(), async () => (await createForgeCloudClient('app', options)).myself.getCurrentUser(), {
      timeoutSeconds: 900,
      faultScript: [{ rate429: 1, retryAfterSeconds: 60 }],
    });
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 60_000 });
    expect([calls.length, waits]).toEqual([1, []]);
  });

  it('hands back a Retry-After that would outlast the invocation, read from the Forge runtime', async () => {
    const { waits, options } = recording();
    // A 5 s function cannot wait 10 s (plus the 2 s margin) and still answer.
    const { error, calls } = await failureAsForge(sandbox(), async () => (await createForgeCloudClient('app', options)).myself.getCurrentUser(), {
      timeoutSeconds: 5,
      faultScript: [{ rate429: 1, retryAfterSeconds: 10 }],
    });
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 10_000 });
    expect([calls.length, waits]).toEqual([1, []]);
  });
});

describe("Jira's refusals as AppErrors", () => {
  it('turns a 400 into INVALID_INPUT with the fields Jira named', async () => {
    const { options } = recording();
    const { error, calls } = await failureAsForge(
      sandbox(),
      async () => (await createForgeCloudClient('user', options)).issues.createIssue({ fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' } } }),
      { accountId: DEMO_ACCOUNTS.registrar },
    );
    expect(error).toBeInstanceOf(JiraRestError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', status: 400, fields: [{ path: 'summary', message: 'You must specify a summary of the issue.' }] });
    expect(calls).toHaveLength(1);
  });

  it("lets Forge's NeedsAuthenticationError through as it is, for the consent prompt", async () => {
    // A trigger runs for nobody: acting as "the user" there is what Forge answers with this error.
    const { error, calls } = await failureAsForge(sandbox(), async () => (await createForgeCloudClient('user')).myself.getCurrentUser());
    expect(error).toBeInstanceOf(NeedsAuthenticationError);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a missing issue', 'NOT_FOUND', 404, async () => (await createForgeCloudClient('app')).issues.getIssue({ issueIdOrKey: 'CMP-999' })],
    [
      'a component created by an agent who may not',
      'FORBIDDEN',
      403,
      // The app makes no such call; jira.js's own client over the transport makes it.
      async () => (await import('jira.js')).createCloudClient(createForgeJiraTransport('user')).projectComponents.createComponent({ project: 'CMP', name: 'Refunds' }),
    ],
    [
      "Service Management's own error body",
      'NOT_FOUND',
      404,
      async () => (await createForgeServiceDeskClient('app')).servicedesk.getRequestTypes({ serviceDeskId: '999' }),
    ],
  ])('turns %s into %s', async (_name, code, status, work) => {
    const { error, calls } = await failureAsForge(sandbox(), work, { accountId: DEMO_ACCOUNTS.registrar });
    expect(error).toMatchObject({ code, status });
    expect((error as JiraRestError).errorMessages).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });
});

describe('refused before any call', () => {
  it.each([
    ['a removed endpoint', 'INTERNAL', () => createForgeJiraTransport('app').sendRequest({ url: '/rest/api/3/search', method: 'POST', body: { jql: 'project = CMP' } })],
    ['the removed workflow create', 'INTERNAL', () => createForgeJiraTransport('app').sendRequest({ url: '/rest/api/3/workflow', method: 'POST', body: {} })],
    ['a key that climbs out of its path', 'INVALID_INPUT', async () => (await createForgeCloudClient('app')).issues.getIssue({ issueIdOrKey: '../../myself' })],
  ])('%s', async (_name, code, work) => {
    const { error, calls } = await failureAsForge(sandbox(), work);
    expect(error).toMatchObject({ code });
    expect(calls).toEqual([]);
  });
});
