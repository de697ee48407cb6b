import type { Complaint } from '../complaint';
import { filterRecords, registeredIn, type MetricsFilter, type MetricsPeriod } from './metrics-query';
import { ratio } from './statistics';
import { subjectKey } from './subject-key';

const DAY_MS = 86_400_000;

/** Complaints registered in the period that repeat an earlier one within the configured window. */
export interface RepeatFigures {
  readonly windowDays: number;
  /** Repeats of the same customer or the same subject (each complaint counted once). */
  readonly repeats: number;
  readonly sameCustomer: number;
  readonly sameSubject: number;
  /** Repeats per complaint registered in the period. */
  readonly share: number | null;
}

/**
 * An anonymous complaint's reporter is the agent who registered it, not the customer, so it
 * never makes or is a repeat of the same customer.
 */
export const customerKey = (c: Pick<Complaint, 'anonymous' | 'reporterAccountId'>): string | null =>
  c.anonymous ? null : c.reporterAccountId;

type KeyOf = (c: Complaint) => string | null;

/** The same key in the same project: a repeat never crosses projects, which are separate services or businesses. */
const inProject = (keyOf: KeyOf): KeyOf => (c) => {
  const key = keyOf(c);
  return key === null ? null : JSON.stringify([c.projectKey, key]);
};

/** Registration moments by key, to look up "an earlier one within the window". */
const momentsBy = (records: readonly Complaint[], keyOf: KeyOf): Map<string, number[]> => {
  const moments = new Map<string, number[]>();
  for (const c of records) {
    const key = keyOf(c);
    if (key === null) continue;
    const list = moments.get(key);
    if (list === undefined) moments.set(key, [c.createdAt]);
    else list.push(c.createdAt);
  }
  return moments;
};

const ALL: MetricsFilter = { projectKeys: [], departmentIds: [] };

/**
 * A complaint of the filter registered in the period repeats when another complaint of the same
 * project with the same key was registered strictly before it, at most `windowDays` × 24 hours
 * earlier, whatever its department: a customer who complains again about the same thing repeats,
 * whichever department took the first complaint. Two registered in the same millisecond repeat
 * neither. A complaint closed as a duplicate is the same complaint registered twice: it is never
 * the earlier one, nor counted. `records` must hold the earlier complaints of every department.
 */
export const repeatFigures = (records: readonly Complaint[], filter: MetricsFilter, period: MetricsPeriod, windowDays: number): RepeatFigures => {
  const window = windowDays * DAY_MS;
  const earlier = filterRecords(records, ALL);
  const byCustomerKey = inProject(customerKey);
  const bySubjectKey = inProject((c) => subjectKey(c.subject));
  const byCustomer = momentsBy(earlier, byCustomerKey);
  const bySubject = momentsBy(earlier, bySubjectKey);
  const repeats = (moments: Map<string, number[]>, key: string | null, at: number): boolean =>
    key !== null && (moments.get(key) ?? []).some((t) => t < at && at - t <= window);
  const registered = registeredIn(filterRecords(records, filter), period);
  let sameCustomer = 0;
  let sameSubject = 0;
  let either = 0;
  for (const c of registered) {
    const customer = repeats(byCustomer, byCustomerKey(c), c.createdAt);
    const subject = repeats(bySubject, bySubjectKey(c), c.createdAt);
    if (customer) sameCustomer += 1;
    if (subject) sameSubject += 1;
    if (customer || subject) either += 1;
  }
  return { windowDays, repeats: either, sameCustomer, sameSubject, share: ratio(either, registered.length) };
};
