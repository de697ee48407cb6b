import type { Client, SendRequestOptions } from 'jira.js/core';
import { AppError } from '../../../src/domain/app-error';
import { createUserNameDirectory, IDS_PER_REQUEST } from '../../../src/adapters/forge/user-names.adapter';

type Query = { accountId: string[]; startAt: number; maxResults: number };

/** Jira's `GET /user/bulk` over a few known accounts, answering at most `pageCap` users a page. */
const fakeJira = (known: Record<string, { displayName: string; active: boolean }>, pageCap = 100) => {
  const requests: (Query & { url: string })[] = [];
  const client: Client = {
    sendRequest<T>(request: SendRequestOptions<T>): Promise<T> {
      const query = request.searchParams as Query;
      requests.push({ url: request.url, ...query });
      const found = query.accountId.filter((id) => known[id] !== undefined).map((id) => ({ accountId: id, ...known[id] }));
      const size = Math.min(query.maxResults, pageCap);
      const values = found.slice(query.startAt, query.startAt + size);
      return Promise.resolve({ startAt: query.startAt, maxResults: size, total: found.length, isLast: query.startAt + size >= found.length, values } as T);
    },
  };
  return { client, requests };
};

const PEOPLE = { boris: { displayName: 'Boris Belov', active: true }, ava: { displayName: 'Ava Advocate', active: true }, gone: { displayName: 'Old Timer', active: false } };

describe('createUserNameDirectory', () => {
  it('names the active accounts Jira knows, and leaves out unknown and inactive ones', async () => {
    const jira = fakeJira(PEOPLE);
    const names = await createUserNameDirectory(() => jira.client).displayNamesOf(['boris', 'nobody', 'gone', 'ava', 'boris']);
    expect(Object.fromEntries(names)).toEqual({ boris: 'Boris Belov', ava: 'Ava Advocate' });
    expect(jira.requests).toEqual([{ url: '/rest/api/3/user/bulk', accountId: ['boris', 'nobody', 'gone', 'ava'], startAt: 0, maxResults: 4 }]);
  });

  it('asks nothing for no accounts', async () => {
    const jira = fakeJira(PEOPLE);
    expect((await createUserNameDirectory(() => jira.client).displayNamesOf([])).size).toBe(0);
    expect(jira.requests).toEqual([]);
  });

  it(`asks ${IDS_PER_REQUEST} ids a request, and follows pages when Jira answers fewer than asked`, async () => {
    const ids = Array.from({ length: IDS_PER_REQUEST + 5 }, (_, i) => `user-${i}`);
    const jira = fakeJira(Object.fromEntries(ids.map((id) => [id, { displayName: id.toUpperCase(), active: true }])), 20);
    const names = await createUserNameDirectory(() => jira.client).displayNamesOf(ids);
    expect(names.size).toBe(ids.length);
    expect(jira.requests.map((r) => [r.accountId.length, r.startAt])).toEqual([
      [IDS_PER_REQUEST, 0],
      [5, 0],
      [IDS_PER_REQUEST, 20],
      [IDS_PER_REQUEST, 40],
    ]);
  });

  it('answers without names when Jira cannot tell them, rather than failing the view', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing: Client = { sendRequest: () => Promise.reject(new AppError('JIRA_ERROR', 'Jira is down')) };
    expect((await createUserNameDirectory(() => failing).displayNamesOf(['boris'])).size).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
