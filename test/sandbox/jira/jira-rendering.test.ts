import { AGENT, CUSTOMER, adf, callJira, raiseRequest, type CallAs } from './jira-http';
import { startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;
let request: string;

beforeAll(async () => {
  running = await startEmulator();
  request = await raiseRequest(running, CUSTOMER, 'Charged twice');
});

afterAll(async () => {
  await running.close();
});

describe('timestamps', () => {
  // Created at the emulator's start, 2026-03-02T09:00:00Z.
  it.each<[string, CallAs, string]>([
    ['Europe/London is on GMT in early March: +0', AGENT, '2026-03-02T09:00:00.000+0000'],
    ['Europe/Moscow is UTC+3 all year: 09 + 3 = 12', { email: 'boris.belov@example.com' }, '2026-03-02T12:00:00.000+0300'],
    ['Europe/Kyiv is on EET (UTC+2) until 29 March: 09 + 2 = 11', { email: 'dmytro.danko@example.com' }, '2026-03-02T11:00:00.000+0200'],
    ['America/New_York is on EST (UTC-5) until 8 March: 09 - 5 = 04', { email: 'sofia.stone@example.com' }, '2026-03-02T04:00:00.000-0500'],
  ])("are rendered in the caller's time zone: %s", async (_name, as, created) => {
    const answer = await callJira(running, as, 'GET', `/rest/api/3/issue/${request}?fields=created`);
    expect(answer.body).toMatchObject({ fields: { created } });
  });
});

describe('rich text', () => {
  it('is a document on v3 and plain text on v2', async () => {
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${request}`, { fields: { description: adf('First line') } });
    const v3 = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${request}?fields=description`);
    const v2 = await callJira(running, AGENT, 'GET', `/rest/api/2/issue/${request}?fields=description`);
    expect(v3.body).toMatchObject({ fields: { description: adf('First line') } });
    expect(v2.body).toMatchObject({ fields: { description: 'First line' } });
  });
});

describe('JSM internal notes', () => {
  it('are hidden from the customer but not from agents', async () => {
    await callJira(running, AGENT, 'POST', `/rest/api/3/issue/${request}/comment`, {
      body: adf('Customer sounds upset.'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    await callJira(running, AGENT, 'POST', `/rest/api/3/issue/${request}/comment`, { body: adf('We are on it.') });
    const texts = async (as: CallAs) => {
      const answer = await callJira(running, as, 'GET', `/rest/api/2/issue/${request}/comment`);
      return (answer.body as { comments: { body: string; jsdPublic: boolean }[] }).comments.map((c) => [c.body, c.jsdPublic]);
    };
    expect(await texts(AGENT)).toEqual([
      ['Customer sounds upset.', false],
      ['We are on it.', true],
    ]);
    expect(await texts(CUSTOMER)).toEqual([['We are on it.', true]]);
  });
});

describe('field selection', () => {
  const fieldsOf = async (query: string): Promise<string[]> => {
    const answer = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${request}?${query}`);
    return Object.keys((answer.body as { fields: Record<string, unknown> }).fields).sort();
  };

  it('returns exactly the named fields', async () => {
    expect(await fieldsOf('fields=summary,labels')).toEqual(['labels', 'summary']);
  });

  it('leaves out fields named with a minus', async () => {
    const fields = await fieldsOf('fields=*navigable,-description');
    expect(fields).toContain('summary');
    expect(fields).not.toContain('description');
  });

  it('leaves the comments out of *navigable, as Jira does', async () => {
    expect(await fieldsOf('fields=*navigable')).not.toContain('comment');
    expect(await fieldsOf('fields=*all')).toContain('comment');
  });
});

describe('edit operations', () => {
  it('adds and removes list values and sets single ones', async () => {
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${request}`, {
      update: { labels: [{ add: 'billing' }, { add: 'vip' }], components: [{ add: { name: 'Billing' } }] },
    });
    await callJira(running, AGENT, 'PUT', `/rest/api/3/issue/${request}`, {
      update: { labels: [{ remove: 'vip' }], summary: [{ set: 'Charged twice in March' }] },
    });
    const answer = await callJira(running, AGENT, 'GET', `/rest/api/3/issue/${request}?fields=labels,components,summary`);
    expect(answer.body).toMatchObject({
      fields: { labels: ['billing'], components: [{ name: 'Billing' }], summary: 'Charged twice in March' },
    });
  });
});
