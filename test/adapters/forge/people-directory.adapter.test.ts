import { createForgeCloudClient } from '../../../src/adapters/forge/jira/forge-jira-clients';
import { createPeopleDirectory, MAX_JIRA_LOOKUPS, RENEW_AHEAD_MS } from '../../../src/adapters/forge/people-directory.adapter';
import { LOCALE_FRESH_MS, MISSING_FRESH_MS } from '../../../src/adapters/forge/kvs/locale-cache.repository';
import type { Language } from '../../../src/domain/language';
import { languagePreferenceRepository } from '../../../src/adapters/forge/kvs/language-preference.repository';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { openForSuite } from '../../support/open-for-tests';
import { runAsForge, startTestSandbox, TEST_SANDBOX_START_MS, type ForgeRunOptions } from './jira/run-as-forge';

/**
 * The people directory inside a Forge invocation of the sandbox: the real @forge/api and jira.js
 * ask the Jira emulator, whose demo users have the locales en_US, ru_RU and uk_UA.
 */
const { billingLead: BORIS, deliveryLead: DMYTRO, advocate: AVA } = DEMO_ACCOUNTS; // ru_RU, uk_UA, en_US
const DELETED = '5b10a2844c20165700edeFFF';
const START = Date.UTC(2026, 2, 2, 9, 0);

// Each test asks the emulator about a few people through the real @forge/api: well under a second on an idle machine.
jest.setTimeout(60_000);
const sandbox = openForSuite(startTestSandbox, TEST_SANDBOX_START_MS);

const setup = () => {
  const kv = memoryKeyValueStore();
  const clock = { time: START, now: () => clock.time };
  // The app's own client, as in production, but retrying Jira's 500s without waiting.
  const users = async () => (await createForgeCloudClient('app', { sleep: () => Promise.resolve() })).users;
  const preferences = languagePreferenceRepository(kv);
  const directory = createPeopleDirectory({ kv, preferences, clock, users });
  const languagesOf = async (ids: readonly string[], options?: ForgeRunOptions) => {
    const { result, calls } = await runAsForge(sandbox(), () => directory.languagesOf(ids), options);
    return { languages: Object.fromEntries(result), calls: calls.map((c) => `${c.method} ${c.path} ${c.status}`) };
  };
  const learnLanguages = async (ids: readonly string[]) => {
    const { result, calls } = await runAsForge(sandbox(), () => directory.learnLanguages(ids));
    return { asked: result, calls: calls.map((c) => `${c.method} ${c.path} ${c.status}`) };
  };
  return { kv, preferences, clock, languagesOf, learnLanguages };
};

const USER_OK = 'GET /rest/api/3/user 200';

describe('the language to write to someone in', () => {
  it('is the one they picked in the app, without asking Jira', async () => {
    const { preferences, languagesOf } = setup();
    await preferences.set(BORIS, 'uk');
    expect(await languagesOf([BORIS])).toEqual({ languages: { [BORIS]: 'uk' }, calls: [] });
  });

  it('else their Jira locale, asked once for each person', async () => {
    const { kv, languagesOf } = setup();
    expect(await languagesOf([BORIS, DMYTRO, AVA, BORIS])).toEqual({
      languages: { [BORIS]: 'ru', [DMYTRO]: 'uk', [AVA]: 'en' },
      calls: [USER_OK, USER_OK, USER_OK],
    });
    expect(kv.data.get(`person:locale:${BORIS}`)).toEqual({ found: true, locale: 'ru_RU', fetchedAt: START });
  });

  it('prefers a language picked later over the cached locale', async () => {
    const { preferences, languagesOf } = setup();
    await languagesOf([BORIS]);
    await preferences.set(BORIS, 'en');
    expect(await languagesOf([BORIS])).toEqual({ languages: { [BORIS]: 'en' }, calls: [] });
  });
});

describe('the cached Jira locale', () => {
  it('serves for 30 days, then Jira is asked again', async () => {
    const { kv, clock, languagesOf } = setup();
    await languagesOf([DMYTRO]);
    clock.time = START + LOCALE_FRESH_MS - 1;
    expect(await languagesOf([DMYTRO])).toEqual({ languages: { [DMYTRO]: 'uk' }, calls: [] });
    clock.time = START + LOCALE_FRESH_MS;
    expect(await languagesOf([DMYTRO])).toEqual({ languages: { [DMYTRO]: 'uk' }, calls: [USER_OK] });
    expect(kv.data.get(`person:locale:${DMYTRO}`)).toEqual({ found: true, locale: 'uk_UA', fetchedAt: START + LOCALE_FRESH_MS });
  });

  it('is replaced when it is not a record this version wrote', async () => {
    const { kv, languagesOf } = setup();
    kv.data.set(`person:locale:${BORIS}`, 'ru_RU');
    expect(await languagesOf([BORIS])).toEqual({ languages: { [BORIS]: 'ru' }, calls: [USER_OK] });
    expect(kv.data.get(`person:locale:${BORIS}`)).toEqual({ found: true, locale: 'ru_RU', fetchedAt: START });
  });
});

describe('when Jira cannot tell', () => {
  it('writes to a user Jira does not know in English, and asks again only a day later', async () => {
    const { kv, clock, languagesOf } = setup();
    expect(await languagesOf([DELETED])).toEqual({ languages: { [DELETED]: 'en' }, calls: ['GET /rest/api/3/user 404'] });
    expect(kv.data.get(`person:locale:${DELETED}`)).toEqual({ found: false, locale: null, fetchedAt: START });
    clock.time = START + MISSING_FRESH_MS - 1;
    expect(await languagesOf([DELETED])).toEqual({ languages: { [DELETED]: 'en' }, calls: [] });
    clock.time = START + MISSING_FRESH_MS;
    expect((await languagesOf([DELETED])).calls).toEqual(['GET /rest/api/3/user 404']);
  });

  describe('because Jira fails', () => {
    let warn: jest.SpyInstance;
    beforeEach(() => {
      warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    });
    afterEach(() => {
      warn.mockRestore();
    });
    const FAILING = { faultScript: [{ rate500: 1 }, { rate500: 1 }, { rate500: 1 }, { rate500: 1 }] };
    const FAILED = Array<string>(4).fill('GET /rest/api/3/user 500');

    it('writes in English, remembers nothing, and asks again next time', async () => {
      const { kv, languagesOf } = setup();
      expect(await languagesOf([BORIS], FAILING)).toEqual({ languages: { [BORIS]: 'en' }, calls: FAILED });
      expect(kv.data.has(`person:locale:${BORIS}`)).toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(await languagesOf([BORIS])).toEqual({ languages: { [BORIS]: 'ru' }, calls: [USER_OK] });
    });

    it('keeps to the last locale Jira gave, however old', async () => {
      const { kv, clock, languagesOf } = setup();
      await languagesOf([BORIS]);
      clock.time = START + 2 * LOCALE_FRESH_MS;
      expect(await languagesOf([BORIS], FAILING)).toEqual({ languages: { [BORIS]: 'ru' }, calls: FAILED });
      expect(kv.data.get(`person:locale:${BORIS}`)).toEqual({ found: true, locale: 'ru_RU', fetchedAt: START });
    });
  });
});

describe('a message to many people', () => {
  const unknown = Array.from({ length: MAX_JIRA_LOOKUPS }, (_, i) => `5b10a2844c2016570000${String(i).padStart(4, '0')}`);

  it(`asks Jira about ${MAX_JIRA_LOOKUPS} people at most; the rest are written to in English until a later call`, async () => {
    const { languagesOf } = setup();
    const first = await languagesOf([...unknown, BORIS]);
    expect(first.calls).toHaveLength(MAX_JIRA_LOOKUPS);
    expect(first.languages[BORIS]).toBe('en');
    // The first 20 are now cached (as unknown to Jira), so the next call reaches Boris.
    const second = await languagesOf([...unknown, BORIS]);
    expect(second.calls).toEqual([USER_OK]);
    expect(second.languages[BORIS]).toBe('ru');
  });

  it('gives the people past the limit their last cached locale rather than English', async () => {
    const { clock, languagesOf } = setup();
    await languagesOf([DMYTRO]);
    clock.time = START + LOCALE_FRESH_MS;
    const answer = await languagesOf([...unknown, DMYTRO]);
    expect(answer.calls).toHaveLength(MAX_JIRA_LOOKUPS);
    expect(answer.languages[DMYTRO]).toBe<Language>('uk');
  });
});

describe('learning languages ahead of a message', () => {
  it('asks Jira about the people not yet known, so that the message asks nothing', async () => {
    const { languagesOf, learnLanguages } = setup();
    expect(await learnLanguages([BORIS, DMYTRO, BORIS])).toEqual({ asked: 2, calls: [USER_OK, USER_OK] });
    expect(await languagesOf([BORIS, DMYTRO])).toEqual({ languages: { [BORIS]: 'ru', [DMYTRO]: 'uk' }, calls: [] });
  });

  it('asks nothing about someone who picked a language in the app, or whose answer stays fresh for a week yet', async () => {
    const { preferences, clock, learnLanguages } = setup();
    await preferences.set(BORIS, 'uk');
    await learnLanguages([DMYTRO]);
    clock.time = START + LOCALE_FRESH_MS - RENEW_AHEAD_MS - 1;
    expect(await learnLanguages([BORIS, DMYTRO])).toEqual({ asked: 0, calls: [] });
  });

  it('renews an answer a week before it goes stale, so a daily renewal keeps messages from ever asking', async () => {
    const { kv, clock, languagesOf, learnLanguages } = setup();
    await learnLanguages([DMYTRO]);
    clock.time = START + LOCALE_FRESH_MS - RENEW_AHEAD_MS;
    expect(await learnLanguages([DMYTRO])).toEqual({ asked: 1, calls: [USER_OK] });
    expect(kv.data.get(`person:locale:${DMYTRO}`)).toEqual({ found: true, locale: 'uk_UA', fetchedAt: clock.time });
    clock.time = START + LOCALE_FRESH_MS;
    expect((await languagesOf([DMYTRO])).calls).toEqual([]);
  });

  it(`asks about ${MAX_JIRA_LOOKUPS} people at most in one go`, async () => {
    const { learnLanguages } = setup();
    const many = Array.from({ length: MAX_JIRA_LOOKUPS + 1 }, (_, i) => `5b10a2844c2016570001${String(i).padStart(4, '0')}`);
    const answer = await learnLanguages(many);
    expect([answer.asked, answer.calls.length]).toEqual([MAX_JIRA_LOOKUPS, MAX_JIRA_LOOKUPS]);
  });
});
