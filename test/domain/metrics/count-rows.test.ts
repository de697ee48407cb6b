import { byKey, countBy } from '../../../src/domain/metrics/count-rows';

describe('countBy', () => {
  const identity = (s: string): string => s;

  it('counts per key, the most frequent first and ties in key order', () => {
    // b: 3, a: 2, c: 2 → b first; a and c tie, so a before c
    expect(countBy(['c', 'b', 'a', 'b', 'c', 'a', 'b'], identity)).toEqual([
      { key: 'b', count: 3 },
      { key: 'a', count: 2 },
      { key: 'c', count: 2 },
    ]);
  });

  it('gives the same rows whatever the input order', () => {
    const items = ['x', 'y', 'z', 'y', 'x'];
    expect(countBy([...items].reverse(), identity)).toEqual(countBy(items, identity));
  });

  it('gives no rows for no items', () => {
    expect(countBy([], identity)).toEqual([]);
  });
});

describe('byKey', () => {
  it.each([
    { a: 'a', b: 'b', expected: -1 },
    { a: 'b', b: 'a', expected: 1 },
    { a: 'a', b: 'a', expected: 0 },
    // code-unit order: every capital letter sorts before every small one
    { a: 'Z', b: 'a', expected: -1 },
  ])('compares $a with $b as $expected', ({ a, b, expected }) => {
    expect(byKey(a, b)).toBe(expected);
  });
});
