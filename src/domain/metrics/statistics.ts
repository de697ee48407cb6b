/**
 * Nearest-rank percentile: the value at rank ⌈percent/100 · N⌉ (1-based) of the values sorted
 * ascending. It is always an observed value, so the median (percent 50) of an even count is the
 * lower of the two middle values, not their mean. Null for no values.
 */
export const nearestRank = (values: readonly number[], percent: number): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  // percent · N is an integer for integer percents, so the division is exact and ceil never overshoots.
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
};

export const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** `part / whole`, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
