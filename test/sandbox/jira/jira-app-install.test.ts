import { TEST_APP, TEST_MODULES } from './complaint-workflow-fixture';
import { AGENT, APP, callJira, createTask, type CallAs } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;

const EXTENSION = `ari:cloud:ecosystem::extension/7d1c0f0e-0000-4000-8000-00000000c0de/${TEST_APP.environmentId}/static/customer-satisfaction`;
const install = () => {
  running.emulator.installApp({ ...TEST_APP, modules: TEST_MODULES, translate: (key) => (key === 'fields.satisfaction' ? 'Customer satisfaction' : undefined) });
};

beforeEach(async () => {
  running = await startEmulator();
});

afterEach(async () => {
  await running.close();
});

const appFields = async () =>
  ((await callJira(running, APP, 'GET', '/rest/api/3/field')).body as { id: string; name: string; schema: { custom?: string } }[]).filter((field) => field.schema.custom === EXTENSION);

describe('installing a Forge app', () => {
  it('turns its jira:customField into a site field once, however often it is installed', async () => {
    install();
    install();
    const fields = await appFields();
    // The first custom field id after the site's own is customfield_10040.
    expect(fields).toEqual([
      expect.objectContaining({ id: 'customfield_10040', name: 'Customer satisfaction', custom: true, searchable: true, schema: { type: 'number', custom: EXTENSION, customId: 10040 } }),
    ]);
    expect((await callJira(running, APP, 'GET', '/rest/api/3/field/customfield_10040/context')).body).toMatchObject({ total: 1, values: [{ isGlobalContext: true }] });
  });

  it('takes i18n keys without a translation as the name, as Forge falls back to the key', async () => {
    running.emulator.installApp({ ...TEST_APP, modules: TEST_MODULES });
    expect((await appFields()).map((field) => field.name)).toEqual(['fields.satisfaction']);
  });

  it('refuses a field type the sandbox does not keep', () => {
    expect(() => {
      running.emulator.installApp({ ...TEST_APP, modules: { 'jira:customField': [{ key: 'x', name: 'X', type: 'object' }] } });
    }).toThrow();
  });
});

describe('a read-only Forge field', () => {
  it('cannot be set through an issue edit, not even by the app', async () => {
    install();
    const key = await createTask(running, AGENT, 'Rated');
    expect(await callJira(running, APP, 'PUT', `/rest/api/3/issue/${key}`, { fields: { customfield_10040: 4 } })).toMatchObject({
      status: 400,
      body: { errors: { customfield_10040: "Field 'customfield_10040' cannot be set. It is not on the appropriate screen, or unknown." } },
    });
  });

  it('is written by its app through the app field value API, with a changelog and an event', async () => {
    install();
    const key = await createTask(running, AGENT, 'Rated');
    const id = Number(((await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=summary`)).body as { id: string }).id);
    running.events.length = 0;
    expect((await callJira(running, APP, 'PUT', '/rest/api/3/app/field/customfield_10040/value', { updates: [{ issueIds: [id], value: 4 }] })).status).toBe(204);
    expect((await callJira(running, APP, 'POST', '/rest/api/3/app/field/value', { updates: [{ customField: EXTENSION, issueIds: [id], value: 5 }] })).status).toBe(204);
    expect((await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${key}?fields=customfield_10040`)).body).toMatchObject({ fields: { customfield_10040: 5 } });
    expect(running.events.map((event) => [event.selfGenerated, event.changelog?.items.map((item) => [item.field, item.fromString, item.toString])])).toEqual([
      [true, [['Customer satisfaction', null, '4']]],
      [true, [['Customer satisfaction', '4', '5']]],
    ]);
  });

  it.each<[string, CallAs, string, unknown, number, string]>([
    ['a person', AGENT, '/rest/api/3/app/field/customfield_10040/value', { updates: [{ issueIds: [10000], value: 1 }] }, 403, 'Only the app that provides the custom field can set its value.'],
    ['a field of Jira', APP, '/rest/api/3/app/field/customfield_10015/value', { updates: [{ issueIds: [10000], value: '2026-01-01' }] }, 403, 'Only the app that provides the custom field can set its value.'],
    ['a value of the wrong type', APP, '/rest/api/3/app/field/customfield_10040/value', { updates: [{ issueIds: [10000], value: 'five' }] }, 400, 'Customer satisfaction: Operation value must be a number'],
  ])('refuses %s', async (_name, as, path, body, status, message) => {
    install();
    await createTask(running, AGENT, 'Rated');
    expect(await callJira(running, as, 'PUT', path, body)).toMatchObject({ status, body: { errorMessages: [message] } });
  });
});
