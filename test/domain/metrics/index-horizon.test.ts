import { indexHorizon, isRolledUp, monthsToRollUp } from '../../../src/domain/metrics/index-horizon';

const ZONE = 'Europe/London';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 11);
const month = (y: number, m: number) => ({ from: Date.UTC(y, m, 1) - (m >= 3 && m <= 9 ? 3_600_000 : 0), to: Date.UTC(y, m + 1, 1) - (m + 1 >= 3 && m + 1 <= 9 ? 3_600_000 : 0) });

describe('the index horizon', () => {
  it('lies the repeat window before the start of the longest period the gadget offers', () => {
    // 12 months ending with November 2026 start on 1 December 2025 (GMT).
    expect(indexHorizon(NOW, ZONE, 30)).toBe(Date.UTC(2025, 11, 1) - 30 * DAY);
  });
});

describe('the months the daily job rolls up', () => {
  const horizon = indexHorizon(NOW, ZONE, 30);

  it('rolls up every ended month since the oldest complaint when none is rolled up yet, not the current one', () => {
    const months = monthsToRollUp({ now: NOW, timeZone: ZONE, horizon, oldestAt: Date.UTC(2024, 0, 15), rolled: [] });
    expect(months).toHaveLength(34);
    expect(months[0]).toEqual(month(2024, 0));
    expect(months.at(-1)).toEqual(month(2026, 9));
  });

  it('leaves a month before the horizon that has its rollup as it is, and counts again the months after it', () => {
    const rolled = [{ ...month(2024, 0), rolledAt: month(2024, 0).to }, { ...month(2024, 1), rolledAt: month(2024, 1).to - 1 }, { ...month(2026, 9), rolledAt: NOW - DAY }];
    const months = monthsToRollUp({ now: NOW, timeZone: ZONE, horizon, oldestAt: Date.UTC(2024, 0, 15), rolled });
    expect(months[0]).toEqual(month(2024, 1)); // rolled up before it ended: done again
    expect(months).toContainEqual(month(2025, 10)); // from 1 Nov 2025 on, inside the horizon of 1 Nov 2025
    expect(months).not.toContainEqual(month(2024, 0));
    expect(months.at(-1)).toEqual(month(2026, 9));
  });

  it('rolls up nothing in an empty index', () => {
    expect(monthsToRollUp({ now: NOW, timeZone: ZONE, horizon, oldestAt: null, rolled: [] })).toEqual([]);
  });

  it('takes a rollup only for the same bounds, written after the month ended', () => {
    const october = month(2026, 9);
    expect(isRolledUp(october, [{ ...october, rolledAt: october.to }])).toBe(true);
    expect(isRolledUp(october, [{ ...october, rolledAt: october.to - 1 }])).toBe(false);
    expect(isRolledUp(october, [{ from: october.from + 3_600_000, to: october.to, rolledAt: NOW }])).toBe(false);
  });
});
