import type { Complaint, Subject } from '../complaint';
import { byCountThenKey, byKey, countBy, type CountRow } from './count-rows';
import { departmentKey, registeredIn, type MetricsPeriod } from './metrics-query';
import { foldServiceName } from './subject-key';

/**
 * What a complaint is about, for counting. Employees are one category, never a person:
 * the figures measure the process, not people (design.md section 1).
 */
export type CategoryKind = 'service' | 'employee' | 'unspecified';

export interface CategoryCount {
  readonly kind: CategoryKind;
  /** For services: the spelling of the earliest complaint in the group; null otherwise. */
  readonly name: string | null;
  readonly count: number;
}

interface Category {
  readonly key: string;
  readonly kind: CategoryKind;
  readonly name: string | null;
}

const UNSPECIFIED: Category = { key: 'unspecified', kind: 'unspecified', name: null };

const categoryOf = (subject: Subject | null): Category => {
  if (subject === null) return UNSPECIFIED;
  if (subject.kind === 'employee') return { key: 'employee', kind: 'employee', name: null };
  const folded = foldServiceName(subject.name);
  return folded === '' ? UNSPECIFIED : { key: `service:${folded}`, kind: 'service', name: subject.name.trim() };
};

interface Group {
  readonly key: string;
  readonly kind: CategoryKind;
  name: string | null;
  /** The earliest complaint: the group shows its spelling. */
  first: Complaint;
  count: number;
}

const isEarlier = (a: Complaint, b: Complaint): boolean =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && byKey(a.issueKey, b.issueKey) < 0);

/**
 * The `limit` most frequent categories among complaints registered in the period;
 * ties in key order (`employee`, then services by folded name, then `unspecified`).
 */
export const topCategories = (records: readonly Complaint[], period: MetricsPeriod, limit: number): CategoryCount[] => {
  const groups = new Map<string, Group>();
  for (const c of registeredIn(records, period)) {
    const category = categoryOf(c.subject);
    const group = groups.get(category.key);
    if (group === undefined) {
      groups.set(category.key, { ...category, count: 1, first: c });
    } else {
      group.count += 1;
      if (isEarlier(c, group.first)) {
        group.name = category.name;
        group.first = c;
      }
    }
  }
  return [...groups.values()]
    .sort(byCountThenKey)
    .slice(0, Math.max(0, limit))
    .map(({ kind, name, count }) => ({ kind, name, count }));
};

/** The `limit` departments with the most complaints registered in the period; ties in key order. */
export const topDepartments = (records: readonly Complaint[], period: MetricsPeriod, limit: number): CountRow[] =>
  countBy(registeredIn(records, period), departmentKey).slice(0, Math.max(0, limit));
