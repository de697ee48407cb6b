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

export const compensationPaid = (records: readonly Complaint[], period: MetricsPeriod): CompensationFigures => {
  const amounts = new Map<string, number>();
  for (const c of closedIn(records, period)) {
    if (c.compensation === null) continue;
    const key = departmentKey(c);
    amounts.set(key, (amounts.get(key) ?? 0) + c.compensation);
  }
  const byDepartment = [...amounts]
    .map(([key, amount]) => ({ key, amount }))
    .sort((a, b) => b.amount - a.amount || byKey(a.key, b.key));
  return { total: sum(byDepartment.map((row) => row.amount)), byDepartment };
};
