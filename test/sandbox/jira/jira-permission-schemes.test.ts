import { APP_ACCESS_ROLE, BASE_PERMISSION_SCHEME, DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { PERMISSIONS } from '../../../sandbox/jira/permissions/permission-catalog';
import { demoGroups } from '../../../sandbox/jira/seed-site-people';
import { openForEachTest } from '../../support/open-for-tests';
import { AGENT, APP, CUSTOMER, callJira, createTask, type CallAs } from './jira-http';
import { APP_ACCOUNT_ID, startEmulator } from './start-emulator';

/*
 * Project permissions come from the project's permission scheme for everyone, the app's user
 * included: Jira Cloud gives an installed app its project permissions through the
 * atlassian-addons-project-access role, so taking a permission from that role takes it from the app.
 * Each test gets its own site, as some take grants away.
 */
const running = openForEachTest(startEmulator, 30_000);

const ADMIN: CallAs = { email: 'adele.admin@example.com' };
const SCHEME = `/rest/api/3/permissionscheme/${BASE_PERMISSION_SCHEME.id}`;
const ADMIN_REQUIRED = { errorMessages: ['You are not authorized to perform this action. Administrator privileges are required.'], errors: {} };

interface GrantJson {
  readonly id: number;
  readonly permission: string;
  readonly holder: { type: string; parameter?: string; value?: string };
}

const grantsOf = async (): Promise<GrantJson[]> => ((await callJira(running(), ADMIN, 'GET', `${SCHEME}/permission`)).body as { permissions: GrantJson[] }).permissions;

const appRoleGrant = async (permission: string): Promise<GrantJson> => {
  const grant = (await grantsOf()).find((g) => g.permission === permission && g.holder.type === 'projectRole' && g.holder.parameter === APP_ACCESS_ROLE.id);
  if (!grant) throw new Error(`The app's role holds no ${permission}`);
  return grant;
};

const holdsAsApp = async (permission: string): Promise<boolean> => {
  const answer = await callJira(running(), APP, 'GET', `/rest/api/3/mypermissions?projectKey=CMP&permissions=${permission}`);
  return (answer.body as { permissions: Record<string, { havePermission: boolean }> }).permissions[permission]?.havePermission ?? false;
};

describe('the project’s permission scheme', () => {
  it('is the scheme CMP uses, readable by the Jira admin', async () => {
    const answer = await callJira(running(), ADMIN, 'GET', '/rest/api/3/project/CMP/permissionscheme');
    expect(answer).toMatchObject({ status: 200, body: { id: Number(BASE_PERMISSION_SCHEME.id), name: BASE_PERMISSION_SCHEME.name } });
  });

  it('grants the apps’ project role every project permission, as Jira does when it installs an app', async () => {
    const projectPermissions = PERMISSIONS.filter((p) => p.type === 'PROJECT').map((p) => p.key);
    const roleGrants = (await grantsOf()).filter((g) => g.holder.type === 'projectRole' && g.holder.value === APP_ACCESS_ROLE.id);
    expect(roleGrants.map((g) => g.permission).sort()).toEqual([...projectPermissions].sort());
  });

  it('names a group holder by name, with its id as the value', async () => {
    const admins = demoGroups(APP_ACCOUNT_ID).find((g) => g.name === 'jira-administrators');
    const groups = (await grantsOf()).filter((g) => g.holder.type === 'group' && g.holder.parameter === admins?.name);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.holder.value === admins?.groupId)).toBe(true);
  });
});

describe('the app holds its project permissions through its role', () => {
  it('loses Browse Projects with the role’s grant: the issue is hidden, agents still see it', async () => {
    const key = await createTask(running(), AGENT, 'Seen by the app');
    expect((await callJira(running(), APP, 'GET', `/rest/api/3/issue/${key}`)).status).toBe(200);
    const grant = await appRoleGrant('BROWSE_PROJECTS');
    expect((await callJira(running(), ADMIN, 'DELETE', `${SCHEME}/permission/${grant.id}`)).status).toBe(204);
    expect(await callJira(running(), APP, 'GET', `/rest/api/3/issue/${key}`)).toMatchObject({
      status: 404,
      body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
    });
    expect(await holdsAsApp('BROWSE_PROJECTS')).toBe(false);
    expect((await callJira(running(), AGENT, 'GET', `/rest/api/3/issue/${key}`)).status).toBe(200);
  });

  it('loses Assign Issues with the role’s grant: its assignment is refused, the assignee kept', async () => {
    const key = await createTask(running(), AGENT, 'Assigned by the app');
    const assign = () => callJira(running(), APP, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.billingLead });
    expect(await holdsAsApp('ASSIGN_ISSUES')).toBe(true);
    await callJira(running(), ADMIN, 'DELETE', `${SCHEME}/permission/${(await appRoleGrant('ASSIGN_ISSUES')).id}`);
    expect(await assign()).toMatchObject({ status: 403, body: { errorMessages: ['You do not have permission to assign issues.'] } });
    const issue = await callJira(running(), AGENT, 'GET', `/rest/api/3/issue/${key}?fields=assignee`);
    expect(issue.body).toMatchObject({ fields: { assignee: null } });
  });

  it('keeps what other holders are granted when the role loses a grant', async () => {
    await callJira(running(), ADMIN, 'DELETE', `${SCHEME}/permission/${(await appRoleGrant('CREATE_ISSUES')).id}`);
    expect(await holdsAsApp('CREATE_ISSUES')).toBe(false);
    expect((await callJira(running(), AGENT, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'CMP' }, issuetype: { name: 'Task' }, summary: 'Still allowed' } })).status).toBe(201);
  });
});

describe('refusals', () => {
  it.each<[string, CallAs, string, number]>([
    ['an agent reading the grants', AGENT, 'GET', 403],
    ['an agent reading CMP’s scheme', AGENT, 'GET /project', 403],
    ['a customer reading CMP’s scheme, a project they cannot browse', CUSTOMER, 'GET /project', 404],
    ['nobody reading the grants', 'anonymous', 'GET', 401],
  ])('%s', async (_name, as, call, status) => {
    const path = call === 'GET /project' ? '/rest/api/3/project/CMP/permissionscheme' : `${SCHEME}/permission`;
    expect((await callJira(running(), as, 'GET', path)).status).toBe(status);
  });

  it('lets only the Jira admin take a grant away', async () => {
    const grant = await appRoleGrant('EDIT_ISSUES');
    expect(await callJira(running(), AGENT, 'DELETE', `${SCHEME}/permission/${grant.id}`)).toMatchObject({ status: 403, body: ADMIN_REQUIRED });
    expect((await grantsOf()).map((g) => g.id)).toContain(grant.id);
    expect(await holdsAsApp('EDIT_ISSUES')).toBe(true);
  });

  it('answers 404 for a grant or a scheme that does not exist', async () => {
    expect((await callJira(running(), ADMIN, 'DELETE', `${SCHEME}/permission/999999`)).status).toBe(404);
    expect((await callJira(running(), ADMIN, 'GET', '/rest/api/3/permissionscheme/424242/permission')).status).toBe(404);
  });
});
