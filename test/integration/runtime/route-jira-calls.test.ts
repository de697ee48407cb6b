import { measureRouting } from '../../../scripts/bench-jira-calls';

// One sandbox and five complaints routed one at a time, through the real @forge/api: about 15 s on a busy two-core machine.
jest.setTimeout(120_000);

/**
 * The Jira calls the app makes to route one complaint (issue 15's budget counts them, the read
 * its event requires included). Both lists are exact, so a call added to the routing path fails
 * here, and so does one that moves the first complaint past the steady state.
 */
describe('routing one complaint, counted on the sandbox', () => {
  it('reads it, writes Responsible, assigns and notifies: four calls, the first complaint after the departments were saved included', async () => {
    const figures = await measureRouting('smoke');
    const callsOf = (issueId: string, key: string) => [
      // The created event carries none of the complaint's own fields.
      `GET /rest/api/3/issue/${issueId}`,
      // The read-only Responsible field: only the app field value API may set it.
      'POST /rest/api/3/app/field/value',
      `PUT /rest/api/3/issue/${key}/assignee`,
      // Lead and advocate in one notify, in their Jira languages learnt when the departments were saved: no /user lookups.
      `POST /rest/api/3/issue/${key}/notify`,
    ];
    expect(figures.routeFirstContactCalls).toEqual(callsOf('10000', 'CMP-1'));
    expect(figures.routeSteadyStateCalls).toEqual(callsOf('10001', 'CMP-2'));
    expect([figures.routeFirstContact, figures.routeSteadyState, figures.routedEvents]).toEqual([4, 4, 5]);
  });
});
