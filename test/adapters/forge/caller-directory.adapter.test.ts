import { createCallerDirectory, type CallerClient } from '../../../src/adapters/forge/caller-directory.adapter';
import { createForgeCloudClient } from '../../../src/adapters/forge/jira/forge-jira-clients';
import { JiraRestError } from '../../../src/adapters/forge/jira/jira-rest-error';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { openForSuite } from '../../support/open-for-tests';
import { runAsForge, startTestSandbox, TEST_SANDBOX_START_MS } from './jira/run-as-forge';

/**
 * The caller directory inside a resolver's Forge invocation of the sandbox: the real @forge/api
 * asks the Jira emulator as the invoking user, whose groups and CMP's permission scheme answer.
 */
// Each test asks the emulator two questions through the real @forge/api: well under a second on an idle machine.
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);

/** A request Carol Customer raised: she is its reporter, so CMP's scheme lets her browse it. */
let carolsIssueId: string;
beforeAll(async () => {
  const { result } = await runAsForge(sandbox(), async () => {
    const jira = await createForgeCloudClient('app');
    const created = await jira.issues.createIssue({
      fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: 'Charged twice', reporter: { accountId: DEMO_ACCOUNTS.customer } },
    });
    return created.id;
  });
  carolsIssueId = result;
});

const factsOf = async (accountId: string, issueId: string = carolsIssueId) => {
  const { result, calls } = await runAsForge(sandbox(), () => createCallerDirectory().factsOn(issueId), { accountId });
  return { facts: result, calls: calls.map((c) => `${c.method} ${c.path} ${c.status}`).sort() };
};

describe("what Jira says of a resolver's caller", () => {
  it("names an advocate's groups and lets her browse the issue, in two calls as her", async () => {
    expect(await factsOf(DEMO_ACCOUNTS.advocate)).toEqual({
      facts: { mayBrowse: true, isJiraAdmin: false, groups: expect.arrayContaining(['complaint-advocates', 'jira-servicemanagement-users']) as string[] },
      calls: ['GET /rest/api/3/mypermissions 200', 'GET /rest/api/3/myself 200'],
    });
  });

  it('knows a Jira admin', async () => {
    expect((await factsOf(DEMO_ACCOUNTS.admin)).facts).toMatchObject({ mayBrowse: true, isJiraAdmin: true });
  });

  it('lets the customer who raised it browse it, in no group', async () => {
    expect((await factsOf(DEMO_ACCOUNTS.customer)).facts).toEqual({ mayBrowse: true, isJiraAdmin: false, groups: [] });
  });

  it('keeps another customer from browsing it', async () => {
    expect((await factsOf(DEMO_ACCOUNTS.secondCustomer)).facts).toEqual({ mayBrowse: false, isJiraAdmin: false, groups: [] });
  });

  it("takes Jira's 404 for an issue that is not there as no browsing, not as an error", async () => {
    expect(await factsOf(DEMO_ACCOUNTS.advocate, '99999')).toEqual({
      facts: { mayBrowse: false, isJiraAdmin: false, groups: expect.arrayContaining(['complaint-advocates']) as string[] },
      calls: ['GET /rest/api/3/mypermissions 404', 'GET /rest/api/3/myself 200'],
    });
  });
});

describe('an answer Jira should not give', () => {
  const directoryAnswering = (permissions: () => Promise<unknown>, user: unknown) =>
    createCallerDirectory(() =>
      Promise.resolve({
        permissions: { getMyPermissions: permissions },
        myself: { getCurrentUser: () => Promise.resolve(user) },
      } as unknown as CallerClient),
    );

  it('counts a user without the groups list as in no group, which fails closed', async () => {
    const granted = () => Promise.resolve({ permissions: { BROWSE_PROJECTS: { havePermission: true } } });
    expect(await directoryAnswering(granted, { accountId: 'ann' }).factsOn('10001')).toEqual({ mayBrowse: true, isJiraAdmin: false, groups: [] });
  });

  it('passes on a failure that is not a 404', async () => {
    const failure = new JiraRestError('JIRA_ERROR', 'Jira failed', { status: 500, errorMessages: [], fields: [], retryAfterMs: null, cause: null });
    await expect(directoryAnswering(() => Promise.reject(failure), { groups: { items: [] } }).factsOn('10001')).rejects.toBe(failure);
  });
});
