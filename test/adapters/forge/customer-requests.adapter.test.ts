import { createCustomerRequestDirectory, type CustomerRequestClient } from '../../../src/adapters/forge/customer-requests.adapter';
import { JiraRestError } from '../../../src/adapters/forge/jira/jira-rest-error';

const refused = (status: number, code: 'NOT_FOUND' | 'FORBIDDEN') =>
  new JiraRestError(code, `Jira answered ${String(status)}`, { status, errorMessages: [], fields: [], retryAfterMs: null, cause: null });

/** A JSM that answers the request with `request` (or throws it), and its participants in pages of two. */
const directory = (request: unknown, participants: readonly string[] = []) => {
  const asked: string[] = [];
  const client: CustomerRequestClient = {
    request: {
      getCustomerRequestByIdOrKey: ({ issueIdOrKey }) => {
        asked.push(`request ${issueIdOrKey}`);
        return request instanceof Error ? Promise.reject(request) : Promise.resolve(request as never);
      },
      getRequestParticipants: ({ issueIdOrKey, start = 0 }) => {
        asked.push(`participants ${issueIdOrKey} from ${String(start)}`);
        const values = participants.slice(start, start + 2).map((accountId) => ({ accountId, displayName: accountId }));
        return Promise.resolve({ values, isLastPage: start + 2 >= participants.length } as never);
      },
    },
  };
  return { asked, requests: createCustomerRequestDirectory(() => Promise.resolve(client)) };
};

describe('the customer request directory', () => {
  it('answers the request’s issue id and reporter as JSM gives them', async () => {
    const { requests } = directory({ issueId: '10001', issueKey: 'CMP-1', reporter: { accountId: 'carol' } });
    expect(await requests.requestOf('CMP-1')).toEqual({ issueId: '10001', reporterAccountId: 'carol' });
  });

  it('takes a numeric issue id, and a request without a reporter', async () => {
    const { requests } = directory({ issueId: 10001 });
    expect(await requests.requestOf('CMP-1')).toEqual({ issueId: '10001', reporterAccountId: null });
  });

  it.each([
    ['JSM hides it (404)', refused(404, 'NOT_FOUND')],
    ['the answer has no issue id', { issueKey: 'CMP-1' }],
  ])('counts the request as not shown when %s', async (_when, answer) => {
    expect(await directory(answer).requests.requestOf('CMP-1')).toBeNull();
  });

  it('passes any other refusal on', async () => {
    await expect(directory(refused(403, 'FORBIDDEN')).requests.requestOf('CMP-1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists every page of participants', async () => {
    const { requests, asked } = directory({}, ['a', 'b', 'c']);
    expect(await requests.participantsOf('CMP-1')).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual(['participants CMP-1 from 0', 'participants CMP-1 from 2']);
  });
});
