import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, CUSTOMER, callJira } from './jira-http';
import { responseSchemaOf } from './jira-js-schemas';
import { startEmulator, type RunningEmulator } from './start-emulator';

/**
 * `GET /rest/api/3/project/{projectIdOrKey}/components` as Jira documents it: every component of
 * a project the caller may browse (Browse Projects), each with its lead; else 404.
 */
let running: RunningEmulator;

beforeAll(async () => {
  running = await startEmulator();
});

afterAll(async () => {
  await running.close();
});

describe('GET /project/{key}/components', () => {
  it("answers the project's components with their leads, in the shape jira.js expects", async () => {
    const answer = await callJira(running, AGENT, 'GET', '/rest/api/3/project/CMP/components');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      expect.objectContaining({ name: 'Billing', leadAccountId: DEMO_ACCOUNTS.billingLead, lead: expect.objectContaining({ accountId: DEMO_ACCOUNTS.billingLead, displayName: 'Boris Belov' }) as unknown, project: 'CMP' }),
      expect.objectContaining({ name: 'Delivery', leadAccountId: DEMO_ACCOUNTS.deliveryLead }),
      expect.objectContaining({ name: 'Support', leadAccountId: DEMO_ACCOUNTS.supportLead }),
    ]);
    const schema = await responseSchemaOf((client) => client.projectComponents.getProjectComponents({ projectIdOrKey: 'CMP' }));
    expect(schema.safeParse(answer.body).success).toBe(true);
  });

  it('answers 404 for a project the caller may not browse, as for one that does not exist', async () => {
    const refused = await callJira(running, CUSTOMER, 'GET', '/rest/api/3/project/CMP/components');
    const missing = await callJira(running, AGENT, 'GET', '/rest/api/3/project/NOPE/components');
    expect([refused.status, missing.status]).toEqual([404, 404]);
    expect(refused.body).toEqual({ errorMessages: ["No project could be found with key 'CMP'."], errors: {} });
  });
});
