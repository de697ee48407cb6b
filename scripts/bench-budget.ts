/**
 * The shape of `npm run bench`'s answer: every figure beside its budget and a pass flag, and,
 * for timings that the machine's load can sway, the ratio to a baseline measured in the same run.
 */
import { performance } from 'node:perf_hooks';

export type Scale = 'full' | 'smoke';

export interface Figure {
  readonly value: number;
  readonly unit: string;
  /** The budget as people read it, e.g. "<= 3", "< 300" or ">= 0.75". */
  readonly budget: string;
  readonly pass: boolean;
  /** A timing over the baseline's: the same figure on a faster or slower machine keeps about this ratio. */
  readonly perBaseline?: number;
}

const round = (n: number, places = 2): number => Math.round(n * 10 ** places) / 10 ** places;

export const below = (value: number, limit: number, unit: string, baselineMs?: number): Figure => ({
  value: round(value),
  unit,
  budget: `< ${String(limit)}`,
  pass: value < limit,
  ...(baselineMs === undefined ? {} : { perBaseline: round(value / baselineMs) }),
});

export const atMost = (value: number, limit: number, unit: string): Figure => ({
  value: round(value),
  unit,
  budget: `<= ${String(limit)}`,
  pass: value <= limit,
});

/** A floor: quality figures such as an accuracy must reach it. */
export const atLeast = (value: number, limit: number, unit: string): Figure => ({
  value: round(value, 3),
  unit,
  budget: `>= ${String(limit)}`,
  pass: value >= limit,
});

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[mid] ?? 0);
};

/**
 * A fixed piece of work of the kind the app does (building, serialising and sorting records),
 * timed five times; its median is the run's yardstick for the machine's speed and load.
 */
export const measureBaselineMs = (): number => {
  const work = (): void => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ id: `CMP-${String(i)}`, at: (i * 7919) % 100_003, status: i % 4 }));
    const copy = JSON.parse(JSON.stringify(rows)) as typeof rows;
    copy.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  };
  work();
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return round(median(times));
};

/** Every figure passes: the whole report's verdict. */
export const allPass = (figures: Readonly<Record<string, Figure>>): boolean => Object.values(figures).every((f) => f.pass);
