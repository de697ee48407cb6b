/** What a field sorts by; null for an empty field. */
export type SortValue = readonly (string | number)[] | null;

/**
 * Ascending order of two sort values, element by element: numbers before text, text by code
 * unit (so the order does not depend on the host's locale), and an empty field after any value.
 */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = compareElements(a[i], b[i]);
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

function compareElements(x: string | number | undefined, y: string | number | undefined): number {
  if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
  if (x === undefined || y === undefined || x === y) return 0;
  return x < y ? -1 : 1;
}
