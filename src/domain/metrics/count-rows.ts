export interface CountRow {
  readonly key: string;
  readonly count: number;
}

// Code-unit order, not localeCompare: the order must not depend on the server's locale.
export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The most frequent first; ties in key order, so input order never matters. */
export const byCountThenKey = (a: CountRow, b: CountRow): number => b.count - a.count || byKey(a.key, b.key);

/** Counts per key, ordered by `byCountThenKey`. */
export const countBy = <T>(items: readonly T[], keyOf: (item: T) => string): CountRow[] => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort(byCountThenKey);
};
