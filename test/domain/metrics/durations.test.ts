import { summarizeDurations, timeToClose, timeToFirstAction } from '../../../src/domain/metrics/durations';
import { at, calendarDays, DAY, MARCH, makeRecord, NOW, SELECTED } from './metrics-dataset';

describe('timeToFirstAction', () => {
  it('summarizes the complaints whose work started in the period', () => {
    // started in March: CA-1 1, CA-2 0.5 (09:00 → 21:00), CA-3 2, CA-4 3, CA-7 1, CA-9 1, CA-11 1;
    // CA-10 started in February. Sorted [0.5, 1, 1, 1, 1, 2, 3], N = 7:
    // median rank ceil(3.5) = 4 → 1; p90 rank ceil(6.3) = 7 → 3
    expect(timeToFirstAction(SELECTED, MARCH, calendarDays)).toEqual({ count: 7, median: 1, p90: 3 });
  });

  it('measures from registration to Start work with the injected measure', () => {
    const record = makeRecord({ createdAt: at('2024-03-04T09:00:00Z'), firstActionAt: at('2024-03-04T15:00:00Z') });
    const hours = (from: number, to: number): number => (to - from) / 3_600_000;
    // 09:00 → 15:00 = 6 hours
    expect(timeToFirstAction([record], MARCH, hours)).toEqual({ count: 1, median: 6, p90: 6 });
  });
});

describe('timeToClose', () => {
  it('summarizes the complaints closed in the period, withdrawn ones included', () => {
    // closed in March: CA-1 4, CA-2 7, CA-3 10, CA-4 15, CA-5 1 (withdrawn),
    // CA-10 10 (20 Feb → 1 Mar 2024: 9 days to 29 Feb + 1); CA-11 closed in April.
    // Sorted [1, 4, 7, 10, 10, 15], N = 6: median rank 3 → 7; p90 rank ceil(5.4) = 6 → 15
    expect(timeToClose(SELECTED, MARCH, calendarDays)).toEqual({ count: 6, median: 7, p90: 15 });
  });

  it('is null for a period without closed complaints', () => {
    const afterTheLastClose = { from: NOW, to: NOW + DAY };
    expect(timeToClose(SELECTED, afterTheLastClose, calendarDays)).toEqual({
      count: 0,
      median: null,
      p90: null,
    });
  });
});

describe('summarizeDurations', () => {
  it.each([
    { values: [], expected: { count: 0, median: null, p90: null } },
    { values: [2.5], expected: { count: 1, median: 2.5, p90: 2.5 } },
    // sorted [1, 2, 3, 4]: median rank 2 → 2; p90 rank ceil(3.6) = 4 → 4
    { values: [4, 3, 2, 1], expected: { count: 4, median: 2, p90: 4 } },
  ])('$values → $expected', ({ values, expected }) => {
    expect(summarizeDurations(values)).toEqual(expected);
  });
});
