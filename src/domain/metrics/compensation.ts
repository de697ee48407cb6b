import type { Complaint } from '../complaint';
import { byKey } from './count-rows';
import { closedIn, departmentKey, type MetricsPeriod } from './metrics-query';
import { sum } from './statistics';

export interface AmountRow {
  readonly key: string;
  readonly amount: number;
}

/** Compensation of complaints closed in the period, in the configured currency. */
export interface CompensationFigures {
  readonly total: number;
  /** Departments with any compensation recorded, the largest amount first; ties in key order. */
  readonly byDepartment: readonly AmountRow[];
}

/**
 * Sums of amounts with cents depend in their last bit on the order they are added in, which a
 * database does not promise; ISO 4217 currencies have at most 4 decimals, so rounding to 4 makes
 * every order give the same figure.
 */
export const roundMoney = (amount: number): number => Math.round(amount * 10_000) / 10_000;

export const compensationPaid = (records: readonly Complaint[], period: MetricsPeriod): CompensationFigures => {
  const amounts = new Map<string, number>();
  for (const c of closedIn(records, period)) {
    if (c.compensation === null) continue;
    const key = departmentKey(c);
    amounts.set(key, (amounts.get(key) ?? 0) + c.compensation);
  }
  const byDepartment = [...amounts]
    .map(([key, amount]) => ({ key, amount: roundMoney(amount) }))
    .sort((a, b) => b.amount - a.amount || byKey(a.key, b.key));
  return { total: roundMoney(sum(byDepartment.map((row) => row.amount))), byDepartment };
};
