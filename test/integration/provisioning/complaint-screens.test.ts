import { COMPLAINT_SCREENS, screenFieldId } from '../../../src/jira/provisioning/complaint-screens';
import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, runtimeConfig, SANDBOX_SET_UP_MS, startRuntimeSandbox } from '../runtime/runtime-sandbox';

/*
 * The screens Set up project makes, as the emulator enforces them: the create screen decides what
 * a registration may set and what create metadata offers a non-admin client, the view screen
 * (also the edit screen) what an edit may set, and each transition's screen what it may set.
 */
jest.setTimeout(60_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

const offScreen = (fieldId: string) => `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

interface CreateMetaField {
  readonly fieldId: string;
  readonly name: string;
  readonly required: boolean;
  readonly allowedValues?: readonly { readonly id: string; readonly value: string }[];
}

/** Every field of the Complaint create metadata, as the registrar gets it, page by page. */
async function complaintCreateMeta(pageSize: number): Promise<CreateMetaField[]> {
  const fields: CreateMetaField[] = [];
  for (let startAt = 0; ; startAt += pageSize) {
    const page = await env().rest(DEMO_ACCOUNTS.registrar, 'GET', `/rest/api/3/issue/createmeta/CMP/issuetypes/${env().binding.issueTypeId}?startAt=${startAt}&maxResults=${pageSize}`);
    expect(page.status).toBe(200);
    const body = page.json as { fields: CreateMetaField[]; total: number };
    fields.push(...body.fields);
    if (startAt + pageSize >= body.total) return fields;
  }
}

describe('create metadata for a Complaint', () => {
  it('lists Complaint among the issue types the registrar may create', async () => {
    const types = await env().rest(DEMO_ACCOUNTS.registrar, 'GET', '/rest/api/3/issue/createmeta/CMP/issuetypes');
    expect((types.json as { issueTypes: { id: string; name: string }[] }).issueTypes).toContainEqual(expect.objectContaining({ id: env().binding.issueTypeId, name: 'Complaint' }));
  });

  it('gives the registrar the create screen’s fields and the configured departments as Department’s options', async () => {
    const fields = await complaintCreateMeta(3);
    const onCreateScreen = COMPLAINT_SCREENS.create.fields.map((field) => screenFieldId(field, env().binding.fieldIds));
    expect(fields.map((field) => field.fieldId)).toEqual(['issuetype', 'project', ...onCreateScreen]);
    const department = fields.find((field) => field.fieldId === env().field('department'));
    expect(department?.allowedValues?.map((option) => option.value)).toEqual(runtimeConfig().departments.map((d) => d.name));
    expect(fields.find((field) => field.fieldId === env().field('measures'))).toBeUndefined();
  });
});

describe('screens hold every write to their fields', () => {
  it('refuses a registration with a field that is not on the create screen, and registers nothing', async () => {
    const count = async () => ((await env().rest(DEMO_ACCOUNTS.admin, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = CMP' })).json as { count: number }).count;
    const before = await count();
    const answer = await env().rest(DEMO_ACCOUNTS.registrar, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'CMP' }, issuetype: { id: env().binding.issueTypeId }, summary: 'Charged twice', [env().field('measures')]: 'Refund it' },
    });
    expect(answer).toMatchObject({ status: 400, json: { errorMessages: [], errors: { [env().field('measures')]: offScreen(env().field('measures')) } } });
    expect(await count()).toBe(before);
  });

  it('refuses an edit of a field that is not on the edit screen, and changes nothing', async () => {
    const { key } = await env().register({ department: 'Billing', summary: 'Rude courier' });
    await env().settle();
    const read = () => env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=summary,labels,updated&expand=changelog`);
    const before = await read();
    const answer = await env().rest(DEMO_ACCOUNTS.advocate, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Renamed', labels: ['rude'] } });
    expect(answer).toMatchObject({ status: 400, json: { errorMessages: [], errors: { labels: offScreen('labels') } } });
    expect((await read()).json).toEqual(before.json);
  });

  it('refuses a transition with a field that is not on its screen, and leaves the complaint where it was', async () => {
    const { key } = await env().register({ department: 'Billing' });
    await env().settle();
    const offered = (await env().rest(DEMO_ACCOUNTS.billingLead, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { id: string; name: string }[] };
    const startWork = offered.transitions.find((t) => t.name === 'Start work');
    const answer = await env().rest(DEMO_ACCOUNTS.billingLead, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: startWork?.id ?? '' },
      fields: { [env().field('measures')]: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Refund' }] }] }, [env().field('measuresDeadline')]: '2026-03-09', [env().field('actionTaken')]: 'Refunded' },
    });
    expect(answer).toMatchObject({ status: 400, json: { errorMessages: [], errors: { [env().field('actionTaken')]: offScreen(env().field('actionTaken')) } } });
    expect((await env().issue(key)).fields.status.name).toBe('Registered');
  });
});
