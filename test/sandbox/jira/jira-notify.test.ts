import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, APP, CUSTOMER, callJira, createTask, raiseRequest, type CallAs } from './jira-http';
import { startEmulator, START_MS, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;
let key: string;

beforeAll(async () => {
  running = await startEmulator();
  key = await createTask(running, AGENT, 'Overcharged', { assignee: { accountId: DEMO_ACCOUNTS.billingLead } });
});

afterAll(async () => {
  await running.close();
});

const notify = (as: CallAs, body: unknown, issueKey = key) => callJira(running, as, 'POST', `/rest/api/3/issue/${issueKey}/notify`, body);
const lastRecipients = () => running.emulator.outbox().at(-1)?.recipients.map((recipient) => recipient.accountId);

describe('POST /issue/{key}/notify', () => {
  it('queues the mail in the outbox with its text and the time of the sandbox clock', async () => {
    const answer = await notify(APP, { subject: 'New complaint', textBody: 'Please call back.', htmlBody: '<p>Please call back.</p>', to: { assignee: true } });
    expect(answer.status).toBe(204);
    expect(running.emulator.outbox().at(-1)).toMatchObject({
      issueKey: key,
      subject: 'New complaint',
      textBody: 'Please call back.',
      htmlBody: '<p>Please call back.</p>',
      recipients: [{ accountId: DEMO_ACCOUNTS.billingLead, emailAddress: 'boris.belov@example.com', locale: 'ru_RU' }],
      sentAt: START_MS,
    });
  });

  it.each<[string, unknown, string[]]>([
    ['group members', { to: { groups: [{ name: 'complaint-advocates' }] } }, [DEMO_ACCOUNTS.advocate]],
    ['users by account id', { to: { users: [{ accountId: DEMO_ACCOUNTS.manager }, { accountId: DEMO_ACCOUNTS.deputy }] } }, [DEMO_ACCOUNTS.manager, DEMO_ACCOUNTS.deputy]],
    ['reporter and assignee together', { to: { reporter: true, assignee: true } }, [DEMO_ACCOUNTS.registrar, DEMO_ACCOUNTS.billingLead]],
    [
      'a group narrowed by restrict',
      { to: { groups: [{ name: 'jira-servicemanagement-users' }] }, restrict: { groups: [{ name: 'complaint-managers' }] } },
      [DEMO_ACCOUNTS.manager],
    ],
  ])('resolves %s', async (_name, body, expected) => {
    await notify(APP, body);
    expect(lastRecipients()).toEqual(expected);
  });

  it('does not mail the caller about their own action', async () => {
    await notify(AGENT, { to: { reporter: true, assignee: true } });
    // The agent reported the issue, so only the assignee is left.
    expect(lastRecipients()).toEqual([DEMO_ACCOUNTS.billingLead]);
  });

  it('answers 400 when the caller is the only recipient, and queues nothing', async () => {
    const before = running.emulator.outbox().length;
    const answer = await notify(AGENT, { to: { reporter: true } });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: ['No recipients were defined for notification.'], errors: {} } });
    expect(running.emulator.outbox().length).toBe(before);
  });

  it('leaves out people who cannot see the issue', async () => {
    const request = await raiseRequest(running, CUSTOMER, 'Lost card');
    await notify(APP, { to: { users: [{ accountId: DEMO_ACCOUNTS.customer }, { accountId: DEMO_ACCOUNTS.secondCustomer }] } }, request);
    expect(lastRecipients()).toEqual([DEMO_ACCOUNTS.customer]);
  });
});
