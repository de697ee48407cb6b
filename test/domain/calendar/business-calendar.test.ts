import {
  businessDayOf,
  endOfBusinessDay,
  isWorkingTime,
  nextOpeningAfter,
  nextWorkingMoment,
  workingDayAt,
} from '../../../src/domain/calendar/business-calendar';
import type { BusinessCalendar } from '../../../src/domain/calendar/business-calendar.schema';
import { at, kyivEveryDay, london, londonEaster, newYork, thrownCode } from './calendars';

describe('isWorkingTime', () => {
  it.each([
    { name: 'Monday at the opening (inclusive)', cal: london, ms: '2026-03-02T09:00:00Z', expected: true },
    { name: 'Monday a millisecond before the opening', cal: london, ms: '2026-03-02T08:59:59.999Z', expected: false },
    { name: 'Monday a millisecond before the closing', cal: london, ms: '2026-03-02T17:59:59.999Z', expected: true },
    { name: 'Monday at the closing (exclusive)', cal: london, ms: '2026-03-02T18:00:00Z', expected: false },
    { name: 'Saturday noon', cal: london, ms: '2026-03-07T12:00:00Z', expected: false },
    { name: 'Sunday noon', cal: london, ms: '2026-03-08T12:00:00Z', expected: false },
    { name: 'Good Friday (holiday), 11:00 BST', cal: londonEaster, ms: '2026-04-03T10:00:00Z', expected: false },
    { name: 'the same Friday without holidays', cal: london, ms: '2026-04-03T10:00:00Z', expected: true },
    // BST: 09:00 local is 08:00Z, 18:00 local is 17:00Z.
    { name: 'London, first BST Monday, 09:00 BST', cal: london, ms: '2026-03-30T08:00:00Z', expected: true },
    { name: 'London, first BST Monday, 18:00 BST', cal: london, ms: '2026-03-30T17:00:00Z', expected: false },
    // Kyiv on the DST Sunday: 09:00 EEST = 06:00Z; the Saturday before: 09:00 EET = 07:00Z.
    { name: 'Kyiv DST Sunday 09:00 EEST', cal: kyivEveryDay, ms: '2026-03-29T06:00:00Z', expected: true },
    { name: 'Kyiv DST Sunday 08:59 EEST', cal: kyivEveryDay, ms: '2026-03-29T05:59:00Z', expected: false },
    { name: 'Kyiv DST Sunday 17:59 EEST', cal: kyivEveryDay, ms: '2026-03-29T14:59:00Z', expected: true },
    { name: 'Kyiv DST Sunday 18:00 EEST', cal: kyivEveryDay, ms: '2026-03-29T15:00:00Z', expected: false },
    { name: 'Kyiv Saturday before, 09:00 EET', cal: kyivEveryDay, ms: '2026-03-28T07:00:00Z', expected: true },
    { name: 'Kyiv Saturday before, 08:59 EET (09:59 in EEST terms)', cal: kyivEveryDay, ms: '2026-03-28T06:59:00Z', expected: false },
    // Autumn: 2026-10-25 back to EET, so 09:00 local = 07:00Z, while on the 24th it is 06:00Z.
    { name: 'Kyiv autumn Sunday 09:00 EET', cal: kyivEveryDay, ms: '2026-10-25T07:00:00Z', expected: true },
    { name: 'Kyiv autumn Sunday 08:00 EET (09:00 the day before)', cal: kyivEveryDay, ms: '2026-10-25T06:00:00Z', expected: false },
    { name: 'Kyiv autumn Saturday 09:00 EEST', cal: kyivEveryDay, ms: '2026-10-24T06:00:00Z', expected: true },
  ])('$name → $expected', ({ cal, ms, expected }) => {
    expect(isWorkingTime(cal, at(ms))).toBe(expected);
  });
});

describe('nextWorkingMoment', () => {
  it.each([
    { name: 'inside working hours: itself', cal: london, ms: '2026-03-02T10:15:00Z', expected: '2026-03-02T10:15:00Z' },
    { name: 'before hours: the same day opening', cal: london, ms: '2026-03-02T07:00:00Z', expected: '2026-03-02T09:00:00Z' },
    { name: 'at the closing: next day opening', cal: london, ms: '2026-03-02T18:00:00Z', expected: '2026-03-03T09:00:00Z' },
    { name: 'Friday evening: Monday opening', cal: london, ms: '2026-03-06T18:30:00Z', expected: '2026-03-09T09:00:00Z' },
    { name: 'Saturday: Monday opening', cal: london, ms: '2026-03-07T12:00:00Z', expected: '2026-03-09T09:00:00Z' },
    // Thu 2026-04-02 20:00 BST; Fri and Mon are holidays; Tue 09:00 BST = 08:00Z.
    { name: 'Easter weekend: Tuesday opening', cal: londonEaster, ms: '2026-04-02T19:00:00Z', expected: '2026-04-07T08:00:00Z' },
    // GMT Friday evening → Monday 09:00 BST = 08:00Z.
    { name: 'London across the spring DST weekend', cal: london, ms: '2026-03-27T18:00:00Z', expected: '2026-03-30T08:00:00Z' },
    // Fri 2026-03-06 18:00 EST = 23:00Z → Mon 09:00 EDT = 13:00Z.
    { name: 'New York across the spring DST weekend', cal: newYork, ms: '2026-03-06T23:00:00Z', expected: '2026-03-09T13:00:00Z' },
    // Fri 2026-10-30 17:00 EDT = 21:00Z → Mon 2026-11-02 09:00 EST = 14:00Z.
    { name: 'New York across the autumn DST weekend', cal: newYork, ms: '2026-10-30T21:00:00Z', expected: '2026-11-02T14:00:00Z' },
  ])('$name', ({ cal, ms, expected }) => {
    expect(nextWorkingMoment(cal, at(ms))).toBe(at(expected));
  });
});

describe('nextOpeningAfter', () => {
  it.each([
    { name: 'before hours: today opening', ms: '2026-03-02T07:00:00Z', expected: '2026-03-02T09:00:00Z' },
    { name: 'exactly at the opening: the next day', ms: '2026-03-02T09:00:00Z', expected: '2026-03-03T09:00:00Z' },
    { name: 'during hours: the next day', ms: '2026-03-02T12:00:00Z', expected: '2026-03-03T09:00:00Z' },
    { name: 'Friday afternoon: Monday', ms: '2026-03-06T12:00:00Z', expected: '2026-03-09T09:00:00Z' },
  ])('$name', ({ ms, expected }) => {
    expect(nextOpeningAfter(london, at(ms))).toBe(at(expected));
  });
});

describe('businessDayOf', () => {
  it.each([
    // 21:30Z is 00:30 EEST on the 30th.
    { name: 'Kyiv just after local midnight', cal: kyivEveryDay, ms: '2026-03-29T21:30:00Z', expected: '2026-03-30' },
    { name: 'Kyiv just before local midnight', cal: kyivEveryDay, ms: '2026-03-29T20:59:00Z', expected: '2026-03-29' },
    // 03:59Z on the 9th is 23:59 EDT on the 8th.
    { name: 'New York evening is the previous UTC date', cal: newYork, ms: '2026-03-09T03:59:00Z', expected: '2026-03-08' },
    // 23:30Z is 00:30 BST on the 30th.
    { name: 'London after the switch to BST', cal: london, ms: '2026-03-29T23:30:00Z', expected: '2026-03-30' },
    { name: 'London in GMT', cal: london, ms: '2026-03-02T23:30:00Z', expected: '2026-03-02' },
  ])('$name', ({ cal, ms, expected }) => {
    expect(businessDayOf(cal, at(ms))).toBe(expected);
  });
});

describe('workingDayAt', () => {
  it.each([
    { name: '3 working days after a Monday', cal: london, date: '2026-03-02', offset: 3, expected: '2026-03-05' },
    { name: '3 working days after a Saturday', cal: london, date: '2026-03-07', offset: 3, expected: '2026-03-11' },
    { name: '1 working day after Maundy Thursday, over Easter', cal: londonEaster, date: '2026-04-02', offset: 1, expected: '2026-04-07' },
    { name: '1 working day before a Monday', cal: london, date: '2026-03-02', offset: -1, expected: '2026-02-27' },
    { name: '2 working days before Easter Tuesday', cal: londonEaster, date: '2026-04-07', offset: -2, expected: '2026-04-01' },
    { name: 'offset 0 on a working day: itself', cal: london, date: '2026-03-04', offset: 0, expected: '2026-03-04' },
    { name: 'offset 0 on a Sunday: the Friday before', cal: london, date: '2026-03-08', offset: 0, expected: '2026-03-06' },
  ])('$name', ({ cal, date, offset, expected }) => {
    expect(workingDayAt(cal, date, offset).date).toBe(expected);
  });

  it.each([
    { name: 'a fractional offset', date: '2026-03-02', offset: 1.5 },
    { name: 'a date that does not exist', date: '2026-02-31', offset: 0 },
    { name: 'a date with a time', date: '2026-03-02T10:00:00Z', offset: 0 },
    { name: 'not a date', date: 'next Friday', offset: 0 },
  ])('rejects $name', ({ date, offset }) => {
    expect(thrownCode(() => workingDayAt(london, date, offset))).toBe('INVALID_INPUT');
  });
});

describe('endOfBusinessDay', () => {
  it.each([
    { name: 'a working day in GMT', cal: london, date: '2026-03-02', expected: '2026-03-02T18:00:00Z' },
    { name: 'a working day in BST (18:00 BST)', cal: london, date: '2026-03-30', expected: '2026-03-30T17:00:00Z' },
    { name: 'a Saturday: the Friday close', cal: london, date: '2026-03-07', expected: '2026-03-06T18:00:00Z' },
    { name: 'Easter Monday: Maundy Thursday close (BST)', cal: londonEaster, date: '2026-04-06', expected: '2026-04-02T17:00:00Z' },
    { name: 'New York after the switch (17:00 EDT)', cal: newYork, date: '2026-03-09', expected: '2026-03-09T21:00:00Z' },
    { name: 'New York before the switch (17:00 EST)', cal: newYork, date: '2026-03-06', expected: '2026-03-06T22:00:00Z' },
    { name: 'New York DST Sunday: the Friday close', cal: newYork, date: '2026-03-08', expected: '2026-03-06T22:00:00Z' },
  ])('$name', ({ cal, date, expected }) => {
    expect(endOfBusinessDay(cal, date)).toBe(at(expected));
  });
});

describe('a calendar with no reachable working day', () => {
  const broken: BusinessCalendar = { ...london, workingDays: [] };

  it.each([
    { name: 'nextWorkingMoment', run: () => nextWorkingMoment(broken, at('2026-03-02T10:00:00Z')) },
    { name: 'endOfBusinessDay', run: () => endOfBusinessDay(broken, '2026-03-02') },
  ])('$name throws INVALID_CONFIG instead of looping', ({ run }) => {
    expect(thrownCode(run)).toBe('INVALID_CONFIG');
  });
});
