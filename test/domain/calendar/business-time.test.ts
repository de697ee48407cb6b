import { addBusinessDays, businessDaysBetween, workingDayLength, workingMsBetween } from '../../../src/domain/calendar/business-time';
import { at, HOUR, kyivEveryDay, kyivNight, london, londonEaster, newYork, newYorkNight, thrownCode } from './calendars';

describe('workingDayLength', () => {
  it.each([
    { name: 'London 09:00–18:00', cal: london, expected: 9 * HOUR },
    { name: 'New York 09:00–17:00', cal: newYork, expected: 8 * HOUR },
    { name: 'Kyiv 00:00–12:00', cal: kyivNight, expected: 12 * HOUR },
  ])('$name', ({ cal, expected }) => {
    expect(workingDayLength(cal)).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each([
    { name: 'Mon 10:00 + 1 → Tue 10:00', cal: london, from: '2026-03-02T10:00:00Z', n: 1, expected: '2026-03-03T10:00:00Z' },
    { name: 'Mon 10:00 + 3 → Thu 10:00', cal: london, from: '2026-03-02T10:00:00Z', n: 3, expected: '2026-03-05T10:00:00Z' },
    { name: 'Mon opening + 1 is the whole Monday: Mon close', cal: london, from: '2026-03-02T09:00:00Z', n: 1, expected: '2026-03-02T18:00:00Z' },
    { name: 'before hours counts from the opening', cal: london, from: '2026-03-02T07:00:00Z', n: 1, expected: '2026-03-02T18:00:00Z' },
    { name: 'after hours counts from the next opening', cal: london, from: '2026-03-02T19:00:00Z', n: 1, expected: '2026-03-03T18:00:00Z' },
    // 3 h left on Friday (15–18) + 6 h on Monday (09–15).
    { name: 'over a weekend', cal: london, from: '2026-03-06T15:00:00Z', n: 1, expected: '2026-03-09T15:00:00Z' },
    { name: '0 on a Saturday is the next opening', cal: london, from: '2026-03-07T12:00:00Z', n: 0, expected: '2026-03-09T09:00:00Z' },
    { name: '0 in working time is itself', cal: london, from: '2026-03-02T11:00:00Z', n: 0, expected: '2026-03-02T11:00:00Z' },
    // Half of 9 h is 4 h 30 min.
    { name: 'a half day from the opening', cal: london, from: '2026-03-02T09:00:00Z', n: 0.5, expected: '2026-03-02T13:30:00Z' },
    // Thu 17:00 BST: 1 h left; Fri and Mon are holidays; Tue 09:00 + 8 h = 17:00 BST = 16:00Z.
    { name: 'over Easter', cal: londonEaster, from: '2026-04-02T16:00:00Z', n: 1, expected: '2026-04-07T16:00:00Z' },
    // Fri 17:00 GMT: 1 h left; Mon 09:00 BST + 8 h = 17:00 BST = 16:00Z.
    { name: 'London over the spring DST weekend', cal: london, from: '2026-03-27T17:00:00Z', n: 1, expected: '2026-03-30T16:00:00Z' },
    // Fri 16:00 EST = 21:00Z: 1 h left (8-h day); Mon 09:00 EDT + 7 h = 16:00 EDT = 20:00Z.
    { name: 'New York over the spring DST weekend', cal: newYork, from: '2026-03-06T21:00:00Z', n: 1, expected: '2026-03-09T20:00:00Z' },
    // Fri 2026-10-30 16:00 EDT = 20:00Z: 1 h; Mon 11-02 09:00 EST + 7 h = 16:00 EST = 21:00Z.
    { name: 'New York over the autumn DST weekend', cal: newYork, from: '2026-10-30T20:00:00Z', n: 1, expected: '2026-11-02T21:00:00Z' },
    // Kyiv every day: Sat 17:00 EET = 15:00Z: 1 h; Sun 09:00 EEST + 8 h = 17:00 EEST = 14:00Z.
    { name: 'Kyiv over the DST Sunday, every day working', cal: kyivEveryDay, from: '2026-03-28T15:00:00Z', n: 1, expected: '2026-03-29T14:00:00Z' },
    // Kyiv 00:00–12:00: Sat 06:00 EET (04:00Z) has 6 h left; Sunday starts 00:00 EET = 22:00Z Sat;
    // 6 real hours later is 04:00Z = 07:00 EEST, because the clock jumped 03:00 → 04:00 on the way.
    { name: 'working time is real time when DST falls inside the hours', cal: kyivNight, from: '2026-03-28T04:00:00Z', n: 1, expected: '2026-03-29T04:00:00Z' },
  ])('$name', ({ cal, from, n, expected }) => {
    expect(addBusinessDays(cal, at(from), n)).toBe(at(expected));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p business days', (n) => {
    expect(thrownCode(() => addBusinessDays(london, at('2026-03-02T10:00:00Z'), n))).toBe('INVALID_INPUT');
  });
});

describe('workingMsBetween', () => {
  it.each([
    { name: 'a whole working week: 5 × 9 h', cal: london, from: '2026-03-02T09:00:00Z', to: '2026-03-06T18:00:00Z', expected: 45 * HOUR },
    { name: 'the same moment', cal: london, from: '2026-03-02T10:00:00Z', to: '2026-03-02T10:00:00Z', expected: 0 },
    { name: 'backwards', cal: london, from: '2026-03-03T10:00:00Z', to: '2026-03-02T10:00:00Z', expected: 0 },
    { name: 'both ends in one night', cal: london, from: '2026-03-02T19:00:00Z', to: '2026-03-02T23:00:00Z', expected: 0 },
    // Fri 17–18 + Mon 09–10.
    { name: 'over a weekend', cal: london, from: '2026-03-06T17:00:00Z', to: '2026-03-09T10:00:00Z', expected: 2 * HOUR },
    // Thu 17:00–18:00 BST + Tue 09:00–10:00 BST; Easter Friday and Monday are skipped.
    { name: 'over Easter', cal: londonEaster, from: '2026-04-02T16:00:00Z', to: '2026-04-07T09:00:00Z', expected: 2 * HOUR },
    // Fri 16:00–17:00 EST + Mon 09:00–10:00 EDT, although 64 real hours pass.
    { name: 'New York over the spring DST weekend', cal: newYork, from: '2026-03-06T21:00:00Z', to: '2026-03-09T14:00:00Z', expected: 2 * HOUR },
    // Saturday 9 h + DST Sunday 9 h (09:00–18:00 EEST): the day keeps its length and its wall-clock hours.
    { name: 'Kyiv Saturday and the DST Sunday', cal: kyivEveryDay, from: '2026-03-28T00:00:00Z', to: '2026-03-30T00:00:00Z', expected: 18 * HOUR },
    { name: 'Kyiv Saturday and the autumn DST Sunday', cal: kyivEveryDay, from: '2026-10-24T00:00:00Z', to: '2026-10-26T00:00:00Z', expected: 18 * HOUR },
    // 00:00 EET (22:00Z on the 28th) to 12:00 EEST (09:00Z): 11 h, the clock skipped 03:00–04:00.
    { name: 'Kyiv 00:00–12:00 on the spring DST Sunday', cal: kyivNight, from: '2026-03-28T21:00:00Z', to: '2026-03-29T12:00:00Z', expected: 11 * HOUR },
    // 00:00 EEST (21:00Z on the 24th) to 12:00 EET (10:00Z): 13 h, the clock repeated 03:00–04:00.
    { name: 'Kyiv 00:00–12:00 on the autumn DST Sunday', cal: kyivNight, from: '2026-10-24T20:00:00Z', to: '2026-10-25T12:00:00Z', expected: 13 * HOUR },
    // 00:00 EST (05:00Z) to 06:00 EDT (10:00Z): 5 h.
    { name: 'New York 00:00–06:00 on the spring DST Sunday', cal: newYorkNight, from: '2026-03-08T04:00:00Z', to: '2026-03-08T12:00:00Z', expected: 5 * HOUR },
    // 00:00 EDT (04:00Z) to 06:00 EST (11:00Z): 7 h.
    { name: 'New York 00:00–06:00 on the autumn DST Sunday', cal: newYorkNight, from: '2026-11-01T03:00:00Z', to: '2026-11-01T12:00:00Z', expected: 7 * HOUR },
  ])('$name', ({ cal, from, to, expected }) => {
    expect(workingMsBetween(cal, at(from), at(to))).toBe(expected);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    // Mon 10–18 (8 h) + Tue 9 h + Wed 09:00–14:30 (5.5 h) = 22.5 h = 2.5 × 9 h.
    { name: 'Mon 10:00 → Wed 14:30', from: '2026-03-02T10:00:00Z', to: '2026-03-04T14:30:00Z', expected: 2.5 },
    { name: 'Fri 17:00 → Mon 10:00: 2 h of 9', from: '2026-03-06T17:00:00Z', to: '2026-03-09T10:00:00Z', expected: 2 / 9 },
    { name: 'backwards', from: '2026-03-04T10:00:00Z', to: '2026-03-02T10:00:00Z', expected: 0 },
  ])('$name', ({ from, to, expected }) => {
    expect(businessDaysBetween(london, at(from), at(to))).toBeCloseTo(expected, 10);
  });
});
