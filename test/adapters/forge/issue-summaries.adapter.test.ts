import { createCallerGroups } from '../../../src/adapters/forge/caller-directory.adapter';
import { createIssueSummaries } from '../../../src/adapters/forge/issue-summaries.adapter';
import { createForgeCloudClient } from '../../../src/adapters/forge/jira/forge-jira-clients';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { openForSuite } from '../../support/open-for-tests';
import { runAsForge, startTestSandbox, TEST_SANDBOX_START_MS } from './jira/run-as-forge';

/**
 * The queue page's two questions to Jira inside a resolver's Forge invocation of the sandbox: the
 * real @forge/api asks the Jira emulator as the invoking user.
 */
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);

/** Two requests Carol Customer raised: CMP's scheme lets her browse them, and not each other customer's. */
let ids: string[];
beforeAll(async () => {
  const { result } = await runAsForge(sandbox(), async () => {
    const jira = await createForgeCloudClient('app');
    const raise = (summary: string, reporter: string) =>
      jira.issues.createIssue({ fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary, reporter: { accountId: reporter } } });
    return [(await raise('Charged twice', DEMO_ACCOUNTS.customer)).id, (await raise('Parcel lost', DEMO_ACCOUNTS.secondCustomer)).id];
  });
  ids = result;
});

const summariesAs = async (accountId: string, issueIds: readonly string[]) => {
  const { result, calls } = await runAsForge(sandbox(), () => createIssueSummaries().summariesOf(issueIds), { accountId });
  return { summaries: Object.fromEntries(result), calls: calls.map((c) => `${c.method} ${c.path} ${c.status}`) };
};

describe('the summaries of the listed complaints, as the user', () => {
  it('reads them in one search', async () => {
    const [first = '', second = ''] = ids;
    expect(await summariesAs(DEMO_ACCOUNTS.advocate, ids)).toEqual({
      summaries: { [first]: 'Charged twice', [second]: 'Parcel lost' },
      calls: ['POST /rest/api/3/search/jql 200'],
    });
  });

  it('leaves out what the user may not browse', async () => {
    const [first = ''] = ids;
    expect((await summariesAs(DEMO_ACCOUNTS.customer, ids)).summaries).toEqual({ [first]: 'Charged twice' });
  });

  it('asks nothing for no ids, and refuses more than one search takes or anything but ids', async () => {
    expect(await summariesAs(DEMO_ACCOUNTS.advocate, [])).toEqual({ summaries: {}, calls: [] });
    const tooMany = Array.from({ length: 101 }, (_, i) => String(10_000 + i));
    await expect(createIssueSummaries(() => Promise.reject(new Error('not asked'))).summariesOf(tooMany)).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(createIssueSummaries(() => Promise.reject(new Error('not asked'))).summariesOf(['1) or (project = X'])).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe("the caller's groups, on no issue", () => {
  it("names an advocate's groups in one call as her, and none for a customer", async () => {
    const { result, calls } = await runAsForge(sandbox(), () => createCallerGroups().groupsOfCaller(), { accountId: DEMO_ACCOUNTS.advocate });
    expect(result).toEqual(expect.arrayContaining(['complaint-advocates']));
    expect(calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(['GET /rest/api/3/myself 200']);
    expect((await runAsForge(sandbox(), () => createCallerGroups().groupsOfCaller(), { accountId: DEMO_ACCOUNTS.customer })).result).toEqual([]);
  });
});
