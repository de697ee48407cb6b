import Database from 'better-sqlite3';
import { createJiraEmulator, DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { AGENT, createTask } from './jira-http';
import { APP_ACCOUNT_ID, startEmulator, type RunningEmulator } from './start-emulator';

let running: RunningEmulator;

beforeEach(async () => {
  running = await startEmulator();
});

afterEach(async () => {
  await running.close();
});

describe('the base site', () => {
  it('offers ten demo accounts to the user switcher, not the app', () => {
    const users = running.emulator.users();
    // 8 staff (admin, registrar, 3 leads, deputy, advocate, manager) + 2 customers = 10.
    expect(users).toHaveLength(10);
    expect(users.map((user) => user.accountId)).not.toContain(APP_ACCOUNT_ID);
    expect(users.find((user) => user.accountId === DEMO_ACCOUNTS.advocate)).toEqual({
      accountId: DEMO_ACCOUNTS.advocate,
      accountType: 'atlassian',
      displayName: 'Ava Advocate',
      email: 'ava.advocate@example.com',
      roleLabel: 'Advocate',
      locale: 'en_US',
      timeZone: 'Europe/London',
    });
    expect(new Set(users.map((user) => user.locale))).toEqual(new Set(['en_US', 'ru_RU', 'uk_UA']));
  });

  it('wipes issues and the outbox on reset and starts the keys again', async () => {
    await createTask(running, AGENT, 'Before reset');
    running.emulator.reset();
    expect(running.emulator.outbox()).toEqual([]);
    expect(await createTask(running, AGENT, 'After reset')).toBe('CMP-1');
  });
});

describe('a database that already holds a site', () => {
  it('is kept as it is by a new emulator', () => {
    const db = new Database(':memory:');
    const options = { db, now: () => 0, onEvent: () => undefined, appAccountId: APP_ACCOUNT_ID };
    createJiraEmulator(options);
    db.prepare("UPDATE jira_projects SET name = 'Renamed' WHERE key = 'CMP'").run();
    createJiraEmulator(options);
    expect(db.prepare("SELECT name FROM jira_projects WHERE key = 'CMP'").pluck().get()).toBe('Renamed');
    db.close();
  });

  it('is rebuilt when it was seeded for another app', () => {
    const db = new Database(':memory:');
    createJiraEmulator({ db, now: () => 0, onEvent: () => undefined, appAccountId: 'another-app' });
    createJiraEmulator({ db, now: () => 0, onEvent: () => undefined, appAccountId: APP_ACCOUNT_ID });
    expect(db.prepare('SELECT count(*) FROM jira_users WHERE account_id = ?').pluck().get(APP_ACCOUNT_ID)).toBe(1);
    db.close();
  });
});
