import { createForgeCloudClient } from '../../../src/adapters/forge/jira/forge-jira-clients';
import { JiraRestError } from '../../../src/adapters/forge/jira/jira-rest-error';
import { jiraNotifier } from '../../../src/adapters/forge/jira-notifier.adapter';
import { languagePreferenceRepository } from '../../../src/adapters/forge/kvs/language-preference.repository';
import { createPeopleDirectory } from '../../../src/adapters/forge/people-directory.adapter';
import { notifyPeople } from '../../../src/usecases/notifications/notify-people';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { openForSuite } from '../../support/open-for-tests';
import { failureAsForge, runAsForge, startTestSandbox, TEST_SANDBOX_START_MS } from './jira/run-as-forge';

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

  it('lets Jira’s refusal reach the caller as a typed error', async () => {
    const { error } = await failureAsForge(sandbox(), () =>
      jiraNotifier.send({ issueKey, to: { accountIds: [], groups: ['no-such-group'] }, subject: 's', textBody: 't', htmlBody: 'h' }),
    );
    expect(error).toBeInstanceOf(JiraRestError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
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
    expect(first.result).toEqual({ sent: true, languages: ['ru', 'en'] });
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
