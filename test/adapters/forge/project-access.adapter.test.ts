import { JiraRestError } from '../../../src/adapters/forge/jira/jira-rest-error';
import { createProjectAccess, type ProjectAccessClient } from '../../../src/adapters/forge/project-access.adapter';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { openForSuite } from '../../support/open-for-tests';
import { runAsForge, startTestSandbox, TEST_SANDBOX_START_MS } from './jira/run-as-forge';

/** Browse Projects on a project, asked through the real @forge/api of the sandbox's Jira emulator as the invoking user. */
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);

const ask = async (accountId: string, projectKey: string) => {
  const { result, calls } = await runAsForge(sandbox(), () => createProjectAccess().mayBrowseProject(projectKey), { accountId });
  return { mayBrowse: result, calls: calls.map((c) => `${c.method} ${c.path} ${c.status}`) };
};

describe('whether the caller may browse a project', () => {
  it('lets a manager browse the complaints project, in one call as him', async () => {
    expect(await ask(DEMO_ACCOUNTS.manager, 'CMP')).toEqual({ mayBrowse: true, calls: ['GET /rest/api/3/mypermissions 200'] });
  });

  it("takes Jira's 404 for a project that is not there as no browsing", async () => {
    expect(await ask(DEMO_ACCOUNTS.manager, 'NOPE')).toEqual({ mayBrowse: false, calls: ['GET /rest/api/3/mypermissions 404'] });
  });

  it('passes on a failure that is not a 404, and refuses an answer without the permission', async () => {
    const failure = new JiraRestError('JIRA_ERROR', 'Jira failed', { status: 500, errorMessages: [], fields: [], retryAfterMs: null, cause: null });
    const answering = (getMyPermissions: () => Promise<unknown>) =>
      createProjectAccess(() => Promise.resolve({ permissions: { getMyPermissions } } as unknown as ProjectAccessClient));
    await expect(answering(() => Promise.reject(failure)).mayBrowseProject('CMP')).rejects.toBe(failure);
    expect(await answering(() => Promise.resolve({ permissions: {} })).mayBrowseProject('CMP')).toBe(false);
  });
});
