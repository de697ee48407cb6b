import fc from 'fast-check';
import { isAppError } from '../../src/domain/app-error';
import { parseConfig, parseSubmittedConfig } from '../../src/domain/config/parse-config';
import { PRESETS } from '../../src/domain/reminders/reminder-policy.schema';
import { assertNoPollution, hostile, PROTOTYPE_KEYS, seedOf } from './hostile-input';

/**
 * The configuration, as stored (parseConfig) and as an admin submits it (parseSubmittedConfig):
 * 1,000 generated configurations each, well-formed ones and hostile changes of them. Each parses
 * to a configuration the schema takes again unchanged, or is refused with the typed error that
 * names the fields; the admin page's `config/save` fuzzing (admin-gadget.fuzz.test.ts) checks
 * that a refused one changes nothing stored.
 */

const accountId = fc.option(fc.string({ minLength: 1, maxLength: 128 }), { nil: null });
const department = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/),
    name: fc.string({ minLength: 1, maxLength: 100 }),
    leadAccountId: accountId,
    deputyAccountId: accountId,
    away: fc.boolean(),
    escalationManagerAccountId: accountId,
    advocateAccountId: accountId,
    componentId: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: null }),
  },
  { requiredKeys: ['id', 'name'] },
);
const days = fc.integer({ min: 0, max: 365 });
const wellFormed = fc.record(
  {
    departments: fc.uniqueArray(department, { maxLength: 4, selector: (d) => d.id }),
    groups: fc.record({ advocate: fc.string({ minLength: 1, maxLength: 255 }), manager: fc.string({ minLength: 1, maxLength: 255 }) }),
    calendar: fc.record({
      timeZone: fc.constantFrom('Europe/London', 'Europe/Kyiv', 'America/New_York', 'UTC', 'Asia/Kolkata'),
      workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      dayStart: fc.constantFrom('08:00', '09:00'),
      dayEnd: fc.constantFrom('17:30', '18:00'),
      holidays: fc.array(fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { maxLength: 3 }),
    }),
    policy: fc.record({
      registered: fc.record({ dueBusinessDays: days, escalateAfterBusinessDays: days }),
      overall: fc.record({ preset: fc.constantFrom(...PRESETS), customFinalResponseDays: fc.integer({ min: 1, max: 3650 }), escalateAtShare: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }),
    }),
    currency: fc.constantFrom('EUR', 'GBP', 'USD', 'UAH'),
    repeatWindowDays: fc.integer({ min: 1, max: 365 }),
    retentionMonths: fc.integer({ min: 6, max: 120 }),
    showPeopleOnDashboard: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Any own key of the prototype's names, at any depth: a parsed configuration must carry none of them. */
const prototypeKeysIn = (value: unknown): string[] => {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => [...((PROTOTYPE_KEYS as readonly string[]).includes(key) ? [key] : []), ...prototypeKeysIn(member)]);
};

describe.each([
  ['parseConfig', parseConfig, 'INVALID_CONFIG'],
  ['parseSubmittedConfig', parseSubmittedConfig, 'INVALID_INPUT'],
] as const)('%s', (name, parse, code) => {
  it(`takes a configuration the schema takes again unchanged, or refuses it with ${code} naming its fields`, () => {
    const outcomes = { parsed: 0, refused: 0 };
    fc.assert(
      fc.property(hostile(wellFormed), (input) => {
        let parsed: unknown;
        try {
          parsed = parse(input);
        } catch (error) {
          if (!isAppError(error) || error.code !== code || error.fields.length === 0) throw error;
          outcomes.refused += 1;
          return;
        }
        assertNoPollution();
        outcomes.parsed += 1;
        expect(prototypeKeysIn(parsed)).toEqual([]);
        // As KVS keeps it: JSON, which also turns -0 into 0.
        const stored = JSON.stringify(parsed);
        expect(JSON.stringify(parse(JSON.parse(stored)))).toBe(stored);
      }),
      { seed: seedOf(name), numRuns: 1000 },
    );
    // Both ways out were taken: the cases are neither all well-formed nor all broken.
    expect(outcomes.parsed).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
  });
});
