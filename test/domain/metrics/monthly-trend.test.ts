import { monthlyTrend } from '../../../src/domain/metrics/monthly-trend';
import { at, MARCH, makeRecord, SELECTED, TIME_ZONE } from './metrics-dataset';

describe('monthlyTrend', () => {
  it('gives one row per calendar month of the business time zone', () => {
    // 1 February to 30 April 2024 in London; BST starts on 31 March, so April starts at 23:00 UTC
    const period = { from: at('2024-02-01T00:00:00Z'), to: at('2024-04-30T23:00:00Z') };
    expect(monthlyTrend(SELECTED, period, TIME_ZONE)).toEqual([
      // February: CA-10 registered; nothing closed
      { month: '2024-02', from: period.from, to: MARCH.from, registered: 1, closed: 0, averageSatisfaction: null },
      // March: 9 registered (all but CA-10), 6 closed, (5 + 4 + 2 + 3 + 5) / 5 = 3.8
      { month: '2024-03', from: MARCH.from, to: MARCH.to, registered: 9, closed: 6, averageSatisfaction: 3.8 },
      // April: CA-11 closed at 00:30 on 1 April, London time, with a 1
      { month: '2024-04', from: MARCH.to, to: period.to, registered: 0, closed: 1, averageSatisfaction: 1 },
    ]);
  });

  it('cuts the first and last month to the period', () => {
    const period = { from: at('2024-03-15T00:00:00Z'), to: at('2024-04-10T00:00:00Z') };
    expect(monthlyTrend(SELECTED, period, TIME_ZONE)).toEqual([
      // 15 March on: registered CA-8 (25th), CA-9 (28th), CA-11 (30th); closed CA-4 (20th, a 3)
      { month: '2024-03', from: period.from, to: MARCH.to, registered: 3, closed: 1, averageSatisfaction: 3 },
      { month: '2024-04', from: MARCH.to, to: period.to, registered: 0, closed: 1, averageSatisfaction: 1 },
    ]);
  });

  it('places a month boundary in the given time zone', () => {
    // 29 February 2024, 16:00 UTC is 1 March, 01:00 in Tokyo (UTC+9)
    const late = makeRecord({ createdAt: at('2024-02-29T16:00:00Z') });
    const period = { from: at('2024-01-31T15:00:00Z'), to: at('2024-03-31T15:00:00Z') }; // Feb and Mar in Tokyo
    const registered = monthlyTrend([late], period, 'Asia/Tokyo').map((m) => [m.month, m.registered]);
    expect(registered).toEqual([
      ['2024-02', 0],
      ['2024-03', 1],
    ]);
  });

  it.each([
    { name: 'an empty period', period: { from: MARCH.from, to: MARCH.from } },
    { name: 'a period that ends before it starts', period: { from: MARCH.to, to: MARCH.from } },
  ])('has no months for $name', ({ period }) => {
    expect(monthlyTrend(SELECTED, period, TIME_ZONE)).toEqual([]);
  });
});
