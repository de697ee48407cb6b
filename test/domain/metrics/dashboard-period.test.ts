import { lastMonths } from '../../../src/domain/metrics/dashboard-period';
import { at, MARCH, TIME_ZONE } from './metrics-dataset';

describe('lastMonths', () => {
  it('is the current month of the business time zone for one month', () => {
    // 31 March 23:30 UTC is already 1 April in London (BST).
    expect(lastMonths(at('2024-03-31T12:00:00Z'), 1, TIME_ZONE)).toEqual(MARCH);
    expect(lastMonths(at('2024-03-31T23:30:00Z'), 1, TIME_ZONE).from).toBe(MARCH.to);
  });

  it('reaches back whole months, across a year', () => {
    // December 2023 (GMT) to the end of March 2024 (BST).
    expect(lastMonths(at('2024-03-15T12:00:00Z'), 4, TIME_ZONE)).toEqual({ from: at('2023-12-01T00:00:00Z'), to: MARCH.to });
  });
});
