import { jiraErrorOf } from '../../../src/adapters/forge/jira/jira-error-mapping';
import { createIssueTransitions, type TransitionClient } from '../../../src/adapters/forge/issue-transitions.adapter';

/** A jira.js client whose transitions list is `offered` and whose POST answers with `post`. */
const client = (offered: { id?: string; name?: string }[], post: () => Promise<void> = () => Promise.resolve()) => {
  const posted: unknown[] = [];
  const fake = {
    issues: {
      getTransitions: () => Promise.resolve({ transitions: offered }),
      doTransition: (parameters: unknown) => {
        posted.push(parameters);
        return post();
      },
    },
  } as unknown as TransitionClient;
  return { transitions: createIssueTransitions(() => Promise.resolve(fake)), posted };
};

const refusal = (body: unknown, status = 400) => jiraErrorOf({ method: 'POST', path: '/rest/api/3/issue/10001/transitions', status, body, retryAfterMs: null });

describe('createIssueTransitions', () => {
  it('performs the transition Jira offers by that name, with the fields', async () => {
    const { transitions, posted } = client([{ id: '11', name: 'Start work' }, { id: '41', name: 'Withdraw' }]);
    expect(await transitions.perform('10001', 'Withdraw', { customfield_1: 'Sorted', resolution: { name: "Won't Do" } })).toEqual({ kind: 'done' });
    expect(posted).toEqual([{ issueIdOrKey: '10001', transition: { id: '41' }, fields: { customfield_1: 'Sorted', resolution: { name: "Won't Do" } } }]);
  });

  it('answers not offered when Jira lists no transition of that name for the user, and posts nothing', async () => {
    const { transitions, posted } = client([{ id: '11', name: 'Start work' }, { name: 'Close' }]);
    expect(await transitions.perform('10001', 'Close', {})).toEqual({ kind: 'not_offered' });
    expect(posted).toEqual([]);
  });

  it('answers Jira’s messages, general and by field, when it refuses the fields', async () => {
    const { transitions } = client([{ id: '21', name: 'Close' }], () =>
      Promise.reject(refusal({ errorMessages: ['Write the notes of the call with the customer.'], errors: { resolution: 'Resolution is required.' } })),
    );
    expect(await transitions.perform('10001', 'Close', {})).toEqual({ kind: 'refused', messages: ['Write the notes of the call with the customer.', 'Resolution is required.'] });
  });

  it('lets every other failure through', async () => {
    const failure = refusal({ errorMessages: ['Nope'] }, 403);
    const { transitions } = client([{ id: '21', name: 'Close' }], () => Promise.reject(failure));
    await expect(transitions.perform('10001', 'Close', {})).rejects.toBe(failure);
  });
});
