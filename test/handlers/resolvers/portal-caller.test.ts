import { customerOnComplaint, PORTAL_MODULES, type PortalCallerDeps } from '../../../src/handlers/resolvers/portal-caller';

const CAROL = 'carol';
const KOSTYA = 'kostya';

/** JSM shows CMP-7 (issue 10007), which Carol raised with Kostya as a participant; the app's record has Carol's anonymous CMP-9. */
const deps = (): PortalCallerDeps & { readonly asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    requests: {
      requestOf: (key) => {
        asked.push(`request ${key}`);
        return Promise.resolve(key === 'CMP-7' ? { issueId: '10007', reporterAccountId: CAROL } : null);
      },
      participantsOf: (key) => {
        asked.push(`participants ${key}`);
        return Promise.resolve(key === 'CMP-7' ? [KOSTYA] : []);
      },
    },
    links: { linksOf: (accountId) => Promise.resolve(accountId === CAROL ? [{ issueId: '10009', issueKey: 'CMP-9', raisedAt: 1 }] : []) },
  };
};

const onRequest = (accountId: string | undefined, key: unknown = 'CMP-7', accountType = 'customer') => ({
  ...(accountId === undefined ? {} : { accountId }),
  accountType,
  extension: { type: PORTAL_MODULES.detail, request: { key, typeId: '3' }, portal: { id: '1' } },
});
const onProfile = (accountId: string, accountType = 'customer') => ({ accountId, accountType, extension: { type: PORTAL_MODULES.profile } });

const NOT_FOUND = { code: 'NOT_FOUND', message: 'This complaint does not exist, or you may not see it.' };

describe('the customer of a portal call', () => {
  it('is the reporter of the request page’s request, as JSM answers them, without asking for participants', async () => {
    const d = deps();
    expect(await customerOnComplaint(d, onRequest(CAROL), undefined)).toEqual({ issueId: '10007', accountId: CAROL });
    expect(d.asked).toEqual(['request CMP-7']);
  });

  it('is a participant of the request page’s request', async () => {
    expect(await customerOnComplaint(deps(), onRequest(KOSTYA), undefined)).toEqual({ issueId: '10007', accountId: KOSTYA });
  });

  it('may be an unlicensed user with an Atlassian account', async () => {
    expect(await customerOnComplaint(deps(), onRequest(CAROL, 'CMP-7', 'unlicensed'), undefined)).toEqual({ issueId: '10007', accountId: CAROL });
  });

  it('on the profile panel, owns the anonymous complaint the key names by the app’s record', async () => {
    const d = deps();
    expect(await customerOnComplaint(d, onProfile(CAROL), 'CMP-9')).toEqual({ issueId: '10009', accountId: CAROL });
    expect(d.asked).toEqual([]);
  });

  it.each([
    ['an agent JSM shows the request to, who is neither reporter nor participant', onRequest('agent'), undefined],
    ['a request JSM does not show', onRequest(CAROL, 'CMP-8'), undefined],
    ['a payload key on a request page', onRequest(CAROL), 'CMP-9'],
    ['a request key that is not a key', onRequest(CAROL, '../../group'), undefined],
    ['a request page without its request', { accountId: CAROL, extension: { type: PORTAL_MODULES.detail } }, undefined],
    ['another customer’s anonymous complaint', onProfile(KOSTYA), 'CMP-9'],
    ['a profile call without a key', onProfile(CAROL), undefined],
    ['a profile key that is not a key', onProfile(CAROL), 'cmp-9 OR 1=1'],
    ['another module', { accountId: CAROL, extension: { type: 'jira:issuePanel', issue: { id: '10009', key: 'CMP-9' } } }, 'CMP-9'],
    ['a licensed user who reported the request (a registrar logging a call as themselves)', onRequest(CAROL, 'CMP-7', 'licensed'), undefined],
    ['a licensed user who made themselves a participant', onRequest(KOSTYA, 'CMP-7', 'licensed'), undefined],
    ['a licensed user on the profile panel', onProfile(CAROL, 'licensed'), 'CMP-9'],
    ['a context without an account type', { accountId: CAROL, extension: { type: PORTAL_MODULES.profile } }, 'CMP-9'],
    ['a context without an extension type', { accountId: CAROL, extension: {} }, 'CMP-9'],
  ])('is NOT_FOUND for %s', async (_what, context, key) => {
    await expect(customerOnComplaint(deps(), context, key)).rejects.toMatchObject(NOT_FOUND);
  });

  it('needs a signed-in user', async () => {
    await expect(customerOnComplaint(deps(), onRequest(undefined), undefined)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
