import type { ComplaintStatus, Resolution, Satisfaction } from '../../../src/domain/complaint';
import type { MetricsRecord } from '../../../src/domain/metrics/metrics-query';
import { makeRecord } from '../../domain/metrics/metrics-dataset';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STATUSES: readonly ComplaintStatus[] = ['registered', 'in_progress', 'measures_done', 'closed', 'closed', 'closed'];
const RESOLUTIONS: readonly Resolution[] = ['done', 'done', 'done', 'withdrawn', 'duplicate'];
const SERVICES = ['Card payments', ' card  PAYMENTS', 'Mobile app', 'Branch queue', 'Loans', '  '];

/** Mulberry32, a small deterministic generator, so the data set is the same each run. */
const sequence = (seed: number) => {
  let state = seed;
  return (n: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
};

/**
 * `n` complaints of project GEN (and a few of OTHER) spread over seven months before `now`, with
 * every status and resolution, fractional hours, few reporters and subjects (so that repeats
 * and ties happen), follow-ups, compensation, ratings and due moments around `now`.
 */
export const generatedComplaints = (n: number): { records: MetricsRecord[]; now: number } => {
  const now = Date.parse('2024-06-20T12:00:00Z');
  const pick = sequence(42);
  const records = Array.from({ length: n }, (_, i): MetricsRecord => {
    const createdAt = now - pick(210) * DAY - pick(24) * HOUR - pick(60) * 60_000;
    const status = STATUSES[pick(STATUSES.length)] ?? 'registered';
    const closed = status === 'closed';
    const resolution = closed ? (RESOLUTIONS[pick(RESOLUTIONS.length)] ?? 'done') : null;
    const firstActionAt = status === 'registered' || pick(5) === 0 ? null : createdAt + pick(96) * HOUR + pick(60) * 60_000;
    const subjectPick = pick(8);
    return makeRecord({
      issueId: String(20_000 + i),
      issueKey: `${i % 50 === 0 ? 'OTHER' : 'GEN'}-${i + 1}`,
      projectKey: i % 50 === 0 ? 'OTHER' : 'GEN',
      departmentId: [null, 'billing', 'support', 'branches'][pick(4)] ?? null,
      subject: subjectPick === 7 ? null : subjectPick === 6 ? { kind: 'employee', accountId: `agent-${pick(3)}` } : { kind: 'service', name: SERVICES[subjectPick] ?? 'Loans' },
      anonymous: pick(10) === 0,
      reporterAccountId: pick(6) === 0 ? null : `customer-${pick(40)}`,
      status,
      resolution,
      measures: pick(3) === 0 ? null : pick(4) === 0 ? '' : 'Call back and refund',
      compensation: closed && pick(4) === 0 ? [10, 25.5, 100, 0.25][pick(4)] ?? 10 : null,
      satisfaction: closed && resolution === 'done' && pick(5) > 0 ? ((pick(5) + 1) as Satisfaction) : null,
      consideredResolved: closed && resolution === 'done' && pick(4) > 0 ? pick(3) > 0 : null,
      returns: pick(6) === 0 ? 1 : 0,
      reopens: pick(9) === 0 ? 1 : 0,
      followUpOf: i > 10 && pick(12) === 0 ? `GEN-${pick(i) + 1}` : null,
      createdAt,
      firstActionAt,
      closedAt: closed ? Math.max(createdAt, firstActionAt ?? createdAt) + pick(40) * DAY + pick(24) * HOUR : null,
      dueAt: closed ? null : now + (pick(9) - 4) * DAY,
      escalationLevel: closed ? 0 : pick(3),
    });
  });
  return { records, now };
};
