import { nearestRank, ratio, sum } from '../../../src/domain/metrics/statistics';

describe('nearestRank', () => {
  const oneToTen = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => 20 - i);

  it.each([
    // rank = ceil(percent / 100 · N), 1-based, over the values sorted ascending
    { name: 'empty set', values: [], percent: 50, expected: null },
    { name: 'single value, median', values: [7], percent: 50, expected: 7 }, // ceil(0.5) = 1
    { name: 'single value, p90', values: [7], percent: 90, expected: 7 }, // ceil(0.9) = 1
    { name: 'even count: median is the lower middle', values: [4, 1, 3, 2], percent: 50, expected: 2 }, // ceil(2) = 2
    { name: 'odd count: median is the middle', values: [3, 1, 2], percent: 50, expected: 2 }, // ceil(1.5) = 2
    { name: 'p90 of four', values: [4, 1, 3, 2], percent: 90, expected: 4 }, // ceil(3.6) = 4
    { name: 'p90 of ten', values: oneToTen, percent: 90, expected: 9 }, // ceil(9) = 9
    { name: 'p90 of twenty', values: oneToTwenty, percent: 90, expected: 18 }, // ceil(18) = 18
    { name: 'ties', values: [5, 1, 5, 5], percent: 50, expected: 5 }, // [1,5,5,5], rank 2
    { name: 'p100 is the maximum', values: [2, 9, 4], percent: 100, expected: 9 }, // rank 3
    { name: 'p0 is the minimum', values: [2, 9, 4], percent: 0, expected: 2 }, // rank max(1, 0) = 1
    { name: 'fractions', values: [0.5, 1, 1, 1, 1, 2, 3], percent: 90, expected: 3 }, // ceil(6.3) = 7
  ])('$name', ({ values, percent, expected }) => {
    expect(nearestRank(values, percent)).toBe(expected);
  });

  it('leaves its input in place', () => {
    const values = [3, 1, 2];
    nearestRank(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('sum and ratio', () => {
  it.each([
    { values: [], expected: 0 },
    { values: [1.5, 2, 3], expected: 6.5 },
  ])('sums $values to $expected', ({ values, expected }) => {
    expect(sum(values)).toBe(expected);
  });

  it.each([
    { part: 1, whole: 4, expected: 0.25 },
    { part: 0, whole: 3, expected: 0 },
    { part: 2, whole: 0, expected: null },
  ])('ratio($part, $whole) is $expected', ({ part, whole, expected }) => {
    expect(ratio(part, whole)).toBe(expected);
  });
});
