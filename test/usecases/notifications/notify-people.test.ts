import type { Language } from '../../../src/domain/language';
import { en } from '../../../src/domain/notifications/notification-catalogue.en';
import { ru } from '../../../src/domain/notifications/notification-catalogue.ru';
import { uk } from '../../../src/domain/notifications/notification-catalogue.uk';
import type { NotificationMessage } from '../../../src/domain/notifications/notification-message';
import { renderNotification } from '../../../src/domain/notifications/render-notification';
import type { NotificationRecipients, OutgoingNotification } from '../../../src/ports/notifier.port';
import { notifyPeople, type NotifyPeopleRequest } from '../../../src/usecases/notifications/notify-people';

const BORIS = 'acc-boris';
const DMYTRO = 'acc-dmytro';
const AVA = 'acc-ava';
const STRANGER = 'acc-stranger';

/** A directory that knows three people's languages, and records what it was asked. */
const setup = () => {
  const known = new Map<string, Language>([
    [BORIS, 'ru'],
    [DMYTRO, 'uk'],
    [AVA, 'en'],
  ]);
  const asked: (readonly string[])[] = [];
  const sent: OutgoingNotification[] = [];
  const deps = {
    people: {
      languagesOf: (ids: readonly string[]) => {
        asked.push(ids);
        return Promise.resolve(new Map([...known].filter(([id]) => ids.includes(id))));
      },
    },
    notifier: {
      send: (n: OutgoingNotification) => {
        sent.push(n);
        return Promise.resolve({ kind: 'accepted' } as const);
      },
    },
  };
  return { deps, asked, sent };
};

const MESSAGE: NotificationMessage = { kind: 'routed', routeReason: 'lead' };
const request = (to: Partial<NotificationRecipients>): NotifyPeopleRequest => ({
  issueKey: 'CMP-7',
  to: { accountIds: [], groups: [], ...to },
  message: MESSAGE,
  facts: { issueKey: 'CMP-7', departmentName: 'Billing' },
  issueUrl: 'https://example.atlassian.net/browse/CMP-7',
});

describe('notifyPeople', () => {
  it('sends one notification to the lead and the advocate, in their languages, the lead’s first', async () => {
    const { deps, sent } = setup();
    const outcome = await notifyPeople(deps, request({ accountIds: [BORIS, AVA] }));
    expect(outcome).toEqual({ kind: 'accepted', languages: ['ru', 'en'] });
    expect(sent).toEqual([
      {
        issueKey: 'CMP-7',
        to: { accountIds: [BORIS, AVA], groups: [] },
        ...renderNotification(MESSAGE, { issueKey: 'CMP-7', departmentName: 'Billing' }, ['ru', 'en'], 'https://example.atlassian.net/browse/CMP-7'),
      },
    ]);
    expect(sent[0]?.subject).toBe('CMP-7 · Billing: жалоба распределена');
  });

  it('orders the languages by the recipients, and writes each once', async () => {
    const { deps, sent } = setup();
    const outcome = await notifyPeople(deps, request({ accountIds: [DMYTRO, AVA, BORIS, STRANGER] }));
    expect(outcome).toEqual({ kind: 'accepted', languages: ['uk', 'en', 'ru'] });
    const body = sent[0]?.textBody ?? '';
    const order = [uk, en, ru].map((words) => body.indexOf(words.languageName));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes to someone the directory does not know in English', async () => {
    const { deps } = setup();
    expect(await notifyPeople(deps, request({ accountIds: [STRANGER, BORIS] }))).toEqual({ kind: 'accepted', languages: ['en', 'ru'] });
  });

  it('adds English for a group, whose members’ languages are unknown, after the people named', async () => {
    const { deps, sent } = setup();
    const outcome = await notifyPeople(deps, request({ accountIds: [DMYTRO], groups: ['complaint-advocates'] }));
    expect(outcome).toEqual({ kind: 'accepted', languages: ['uk', 'en'] });
    expect(sent[0]?.to).toEqual({ accountIds: [DMYTRO], groups: ['complaint-advocates'] });
  });

  it('writes to a group alone in English without asking the directory', async () => {
    const { deps, asked, sent } = setup();
    expect(await notifyPeople(deps, request({ groups: ['complaint-advocates'] }))).toEqual({ kind: 'accepted', languages: ['en'] });
    expect(asked).toEqual([]);
    expect(sent[0]?.subject).toBe('CMP-7 · Billing: complaint routed');
  });

  it('names each recipient once, and asks about each person once', async () => {
    const { deps, asked, sent } = setup();
    await notifyPeople(deps, request({ accountIds: [BORIS, AVA, BORIS], groups: ['complaint-advocates', 'complaint-advocates'] }));
    expect(asked).toEqual([[BORIS, AVA]]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual({ accountIds: [BORIS, AVA], groups: ['complaint-advocates'] });
  });

  it('sends nothing, and asks nothing, when there is nobody to tell', async () => {
    const { deps, asked, sent } = setup();
    expect(await notifyPeople(deps, request({}))).toEqual({ kind: 'no_recipients' });
    expect(asked).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('answers Jira’s refusal as the notifier read it', async () => {
    const { deps } = setup();
    const refused = { kind: 'refused', reason: 'Jira answered 404' } as const;
    const failing = { ...deps, notifier: { send: () => Promise.resolve(refused) } };
    expect(await notifyPeople(failing, request({ accountIds: [AVA] }))).toEqual(refused);
  });
});
