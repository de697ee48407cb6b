import { CHANNEL_LABELS, YES, type AnyFieldKey } from '../../../src/jira/provisioning/complaint-fields';
import { openForSuite } from '../../support/open-for-tests';
import { panelCall } from './panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from './runtime-sandbox';

/**
 * The contact data of an anonymous complaint's customer, through the sandbox's Forge host: the
 * panel resolver runs as each demo user, who is whoever the Forge context says, and Jira (the
 * emulator) answers for them as themselves. Only the advocate passes.
 */
// Each test registers a complaint and calls the resolver a few dozen times: a few seconds on an idle machine.
jest.setTimeout(120_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);

const CAROL = { name: 'Carol Q. Public', email: 'carol.q@example.org', phone: '+44 20 7946 0958', preferredChannel: 'phone', note: 'After 6 pm' };
/** What must never leave the secret store: each of the customer's details. */
const DETAILS = [CAROL.name, CAROL.email, CAROL.phone, CAROL.note];

interface Complaint {
  readonly id: string;
  readonly key: string;
}

/** The fields of an anonymous complaint about Billing, taken on `channel`. */
const anonymousFields = (channel: 'phone' | 'portal', more: Partial<Record<AnyFieldKey, unknown>> = {}) => {
  const { field } = env();
  return {
    summary: 'Charged twice, and nobody called back',
    [field('channel')]: { value: CHANNEL_LABELS[channel] },
    [field('anonymous')]: { value: YES },
    [field('department')]: { value: 'Billing' },
    ...Object.fromEntries(Object.entries(more).map(([key, value]) => [field(key as AnyFieldKey), value])),
  };
};

const created = async (answer: { status: number; json: unknown }): Promise<Complaint> => {
  if (answer.status !== 201) throw new Error(`Registering failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
  await env().settle();
  const { id, issueId, key, issueKey } = answer.json as { id?: string; issueId?: string; key?: string; issueKey?: string };
  return { id: id ?? issueId ?? '', key: key ?? issueKey ?? '' };
};

/** An anonymous phone complaint about Billing, registered by Rita the agent; `subjectUser` is whom it is about. */
const registerAnonymous = async (subjectUser?: string): Promise<Complaint> =>
  created(
    await env().rest(DEMO_ACCOUNTS.registrar, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CMP' },
        issuetype: { id: env().binding.issueTypeId },
        ...anonymousFields('phone', subjectUser === undefined ? {} : { subjectUser: { accountId: subjectUser } }),
      },
    }),
  );

/** An anonymous complaint Carol Customer raises herself on the portal, through the Complaint request type. */
const raiseOnPortal = async (): Promise<Complaint> => {
  const types = await env().rest(DEMO_ACCOUNTS.customer, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype');
  const complaintType = (types.json as { values: { id: string; name: string }[] }).values.find((type) => type.name === 'Complaint');
  return created(
    await env().rest(DEMO_ACCOUNTS.customer, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: complaintType?.id,
      requestFieldValues: anonymousFields('portal'),
    }),
  );
};

/** The advocate panel's resolver on this complaint, as Forge calls it for `accountId`. */
const panel = (accountId: string, complaint: Complaint) => panelCall(env(), accountId, complaint);

/** Every value the app keeps in KVS, plain or secret, as text. */
const kvsText = (namespace: 'value' | 'secret'): string => JSON.stringify(env().services.kvs.list(namespace, '', null, 10_000).map((row) => row.value));

/** Every row of every table of the app's SQL database, as text. */
const sqlText = (): string => {
  const db = env().services.appSql;
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
  return JSON.stringify(tables.map(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all()));
};

/** What a refusal must leave as it was: the stored data and the complaint's trail. */
const snapshot = async (complaint: Complaint) => ({ secrets: kvsText('secret'), trail: await env().store.trailOf(complaint.id) });

describe('the contact data of an anonymous complaint', () => {
  let complaint: Complaint;
  let savedAt: number;
  beforeAll(async () => {
    complaint = await registerAnonymous();
    savedAt = env().services.clock.now();
    const saved = await panel(DEMO_ACCOUNTS.advocate, complaint)('contact/save', CAROL);
    if (!saved.ok) throw new Error(`The advocate could not record the contact data: ${JSON.stringify(saved)}`);
  });

  it('is recorded by the advocate, who reads it back with who recorded it and when', async () => {
    const read = await panel(DEMO_ACCOUNTS.advocate, complaint)('contact/get');
    expect(read).toEqual({ ok: true, data: { contact: { ...CAROL, recordedBy: DEMO_ACCOUNTS.advocate, recordedAt: savedAt } } });
    // Routed to Billing's lead, who is among those refused below.
    expect((await env().issue(complaint.key)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect(await env().store.trailOf(complaint.id)).toContainEqual(expect.objectContaining({ kind: 'contact_changed', reason: 'recorded', actorAccountId: DEMO_ACCOUNTS.advocate }));
  });

  it("is kept only as a KVS secret: not in the app's plain KVS, its SQL index and trail, or Jira", async () => {
    const issue = await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${complaint.id}?fields=*all&expand=changelog`);
    const comments = await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${complaint.id}/comment`);
    const elsewhere = [kvsText('value'), sqlText(), JSON.stringify(issue.json), JSON.stringify(comments.json)];
    expect(DETAILS.filter((detail) => elsewhere.some((text) => text.includes(detail)))).toEqual([]);
    // The check above could pass by looking in the wrong places: the secret does hold every detail.
    expect(DETAILS.filter((detail) => !kvsText('secret').includes(detail))).toEqual([]);
  });

  describe.each([
    ['the registrar who took it', DEMO_ACCOUNTS.registrar, 'FORBIDDEN'],
    ["Billing's lead, to whom it is routed", DEMO_ACCOUNTS.billingLead, 'FORBIDDEN'],
    ["Billing's deputy", DEMO_ACCOUNTS.deputy, 'FORBIDDEN'],
    ['the manager', DEMO_ACCOUNTS.manager, 'FORBIDDEN'],
    ['the Jira admin', DEMO_ACCOUNTS.admin, 'FORBIDDEN'],
    // She may not browse a complaint she did not raise, so it is not found for her.
    ['a portal customer', DEMO_ACCOUNTS.customer, 'NOT_FOUND'],
  ])('%s', (_who, accountId, code) => {
    it.each([
      ['contact/get', {}],
      ['contact/save', { phone: '+44 20 0000 0000', preferredChannel: 'phone' }],
      ['contact/erase', {}],
    ])(`gets ${code} for %s, and nothing changes`, async (key, payload) => {
      const before = await snapshot(complaint);
      expect(await panel(accountId, complaint)(key, payload)).toMatchObject({ ok: false, error: { code } });
      expect(await snapshot(complaint)).toEqual(before);
    });
  });

  it.each([
    ['a wrong type', { ...CAROL, phone: 4420 }, 'phone'],
    ['a name over 200 characters', { ...CAROL, name: 'x'.repeat(201) }, 'name'],
    ['an extra key', { ...CAROL, recordedBy: DEMO_ACCOUNTS.manager }, '(root)'],
    ['another issue id', { ...CAROL, issueId: '10001' }, '(root)'],
    ['no payload', null, 'preferredChannel'],
  ])('refuses a save with %s as INVALID_INPUT, naming the field, and nothing changes', async (_what, payload, path) => {
    const before = await snapshot(complaint);
    expect(await panel(DEMO_ACCOUNTS.advocate, complaint)('contact/save', payload)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: [expect.objectContaining({ path })] },
    });
    expect(await snapshot(complaint)).toEqual(before);
  });

  it('is erased by the advocate, on the trail', async () => {
    const other = await registerAnonymous();
    const ava = panel(DEMO_ACCOUNTS.advocate, other);
    await ava('contact/save', { email: 'someone@example.org', preferredChannel: 'email' });
    // The clock is frozen; a person takes a moment between the two, and the trail orders by time.
    env().services.clock.advance(60_000);
    expect(await ava('contact/erase')).toEqual({ ok: true, data: { erased: true } });
    expect(await ava('contact/get')).toEqual({ ok: true, data: { contact: null } });
    expect(kvsText('secret')).not.toContain('someone@example.org');
    expect((await env().store.trailOf(other.id)).filter((e) => e.kind === 'contact_changed').map((e) => e.reason)).toEqual(['recorded', 'erased']);
  });
});

describe('an advocate who is the subject of the complaint', () => {
  it('is refused its contact data', async () => {
    const aboutAva = await registerAnonymous(DEMO_ACCOUNTS.advocate);
    expect(await panel(DEMO_ACCOUNTS.advocate, aboutAva)('contact/get')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('a portal customer who raised an anonymous complaint', () => {
  it('may browse it, but is refused its contact data as everyone but the advocates is', async () => {
    const own = await raiseOnPortal();
    expect(await panel(DEMO_ACCOUNTS.customer, own)('contact/get')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe("what Jira shows a lead who searches for anonymous complaints (cf[Anonymous] = Yes)", () => {
  const reportersOfAnonymous = async (): Promise<Record<string, unknown>> => {
    const anonymousField = env().field('anonymous').replace('customfield_', '');
    const search = await env().rest(DEMO_ACCOUNTS.billingLead, 'POST', '/rest/api/3/search/jql', { jql: `cf[${anonymousField}] = Yes`, fields: ['reporter'] });
    const issues = (search.json as { issues: { key: string; fields: { reporter: Record<string, unknown> } }[] }).issues;
    return Object.fromEntries(issues.map((issue) => [issue.key, issue.fields.reporter]));
  };

  it('is the agent who registered a complaint taken by phone, and nothing of the customer', async () => {
    const byPhone = await registerAnonymous();
    expect((await reportersOfAnonymous())[byPhone.key]).toMatchObject({ accountId: DEMO_ACCOUNTS.registrar, displayName: 'Rita Registrar' });
  });

  // The gap the customer portal issue has to close: an anonymous customer must not be the reporter.
  it('is still the customer, by name and e-mail, for a complaint she raised on the portal', async () => {
    const onPortal = await raiseOnPortal();
    expect((await reportersOfAnonymous())[onPortal.key]).toMatchObject({ accountId: DEMO_ACCOUNTS.customer, displayName: 'Carol Customer', emailAddress: 'carol.customer@example.com' });
  });
});
