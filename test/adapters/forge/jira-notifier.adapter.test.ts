import { createForgeCloudClient } from '../../../src/adapters/forge/jira/forge-jira-clients';
import { JiraRestError } from '../../../src/adapters/forge/jira/jira-rest-error';
import { deliveryFailureOf, jiraNotifier } from '../../../src/adapters/forge/jira-notifier.adapter';
import { languagePreferenceRepository } from '../../../src/adapters/forge/kvs/language-preference.repository';
import { createPeopleDirectory } from '../../../src/adapters/forge/people-directory.adapter';
import { notifyPeople } from '../../../src/usecases/notifications/notify-people';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { openForSuite } from '../../support/open-for-tests';
import { runAsForge, startTestSandbox, TEST_SANDBOX_START_MS } from './jira/run-as-forge';

/** The notifier inside a Forge invocation of the sandbox, whose Jira emulator keeps an outbox. */
const { billingLead: BORIS, advocate: AVA, registrar: RITA } = DEMO_ACCOUNTS;

// Each test sends a notification or two through the emulator over HTTP: well under a second on an idle machine.
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);
let issueKey: string;

beforeAll(async () => {
  // Raised by the registrar, who must not hear of it: the notifier names its recipients only.
  const { result } = await runAsForge(
    sandbox(),
    async () =>
      (await createForgeCloudClient('user')).issues.createIssue({
        fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: 'Charged twice' },
      }),
    { accountId: RITA },
  );
  issueKey = result.key;
});

const outbox = () => sandbox().services.emulator.outbox();
const recipientsOf = (entry: ReturnType<typeof outbox>[number] | undefined) => entry?.recipients.map((r) => r.accountId).sort();

describe('jiraNotifier', () => {
  it('sends the rendered message in one notify call as the app, to the users and groups named and nobody else', async () => {
    const before = outbox().length;
    const { calls } = await runAsForge(sandbox(), () =>
      jiraNotifier.send({
        issueKey,
        to: { accountIds: [BORIS], groups: ['complaint-advocates'] },
        subject: 'Subject',
        textBody: 'Text',
        htmlBody: '<p>HTML</p>',
      }),
    );
    expect(calls).toEqual([
      {
        method: 'POST',
        path: `/rest/api/3/issue/${issueKey}/notify`,
        status: 204,
        body: {
          subject: 'Subject',
          textBody: 'Text',
          htmlBody: '<p>HTML</p>',
          to: { reporter: false, assignee: false, watchers: false, voters: false, users: [{ accountId: BORIS }], groups: [{ name: 'complaint-advocates' }] },
        },
      },
    ]);
    const sent = outbox().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ issueKey, subject: 'Subject', textBody: 'Text', htmlBody: '<p>HTML</p>' });
    expect(recipientsOf(sent[0])).toEqual([BORIS, AVA].sort());
  });

  it('answers Jira’s refusal as a value that says it will not change', async () => {
    const { result } = await runAsForge(sandbox(), () =>
      jiraNotifier.send({ issueKey, to: { accountIds: [], groups: ['no-such-group'] }, subject: 's', textBody: 't', htmlBody: 'h' }),
    );
    expect(result).toEqual({ kind: 'refused', reason: expect.stringContaining('400') as unknown });
  });
});

describe('deliveryFailureOf: what a failed notify means for the outbox', () => {
  const refusal = (status: number, retryAfterMs: number | null = null) =>
    new JiraRestError(status === 429 ? 'RATE_LIMITED' : 'JIRA_ERROR', `Jira answered ${String(status)}`, { status, errorMessages: [], fields: [], retryAfterMs, cause: null });

  it.each([429, 503])('%i: Jira did nothing, so it is deferred with the wait Jira asked for', (status) => {
    expect(deliveryFailureOf(refusal(status, 1000))).toEqual({ kind: 'deferred', retryAfterMs: 1000, reason: `Jira answered ${String(status)}` });
  });

  it.each([500, 502, 504])('%i: Jira may have queued the mail before failing', (status) => {
    expect(deliveryFailureOf(refusal(status))).toEqual({ kind: 'failed', maybeDone: true, reason: `Jira answered ${String(status)}` });
  });

  it.each([400, 403, 404])('%i: refused for good', (status) => {
    expect(deliveryFailureOf(refusal(status))).toEqual({ kind: 'refused', reason: `Jira answered ${String(status)}` });
  });

  it('no answer at all may have followed the work', () => {
    expect(deliveryFailureOf(new TypeError('fetch failed'))).toEqual({ kind: 'failed', maybeDone: true, reason: 'fetch failed' });
    expect(deliveryFailureOf('socket hang up')).toEqual({ kind: 'failed', maybeDone: true, reason: 'socket hang up' });
  });
});

describe('notifyPeople over the Forge adapters', () => {
  it('asks Jira once about each new person, then sends one notification in their languages; later, only the notification', async () => {
    const kv = memoryKeyValueStore();
    const people = createPeopleDirectory({ kv, preferences: languagePreferenceRepository(kv), clock: { now: () => Date.UTC(2026, 2, 2) } });
    const deps = { people, notifier: jiraNotifier };
    const request = {
      issueKey,
      to: { accountIds: [BORIS, AVA], groups: [] },
      message: { kind: 'routed', routeReason: 'lead' } as const,
      facts: { issueKey, departmentName: 'Billing' },
      issueUrl: `https://example.atlassian.net/browse/${issueKey}`,
    };
    const before = outbox().length;

    const first = await runAsForge(sandbox(), () => notifyPeople(deps, request));
    expect(first.result).toEqual({ kind: 'accepted', languages: ['ru', 'en'] });
    expect(first.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /rest/api/3/user', 'GET /rest/api/3/user', `POST /rest/api/3/issue/${issueKey}/notify`]);

    const second = await runAsForge(sandbox(), () => notifyPeople(deps, request));
    expect(second.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /rest/api/3/issue/${issueKey}/notify`]);

    const sent = outbox().slice(before);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.subject).toBe(`${issueKey} · Billing: жалоба распределена`);
    expect(sent[0]?.textBody).toMatch(/^Русский\n\nЖалоба .*\n-{24}\n\nEnglish\n\nComplaint /s);
    expect(recipientsOf(sent[0])).toEqual([BORIS, AVA].sort());
  });
});
