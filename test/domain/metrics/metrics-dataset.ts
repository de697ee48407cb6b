import type { DashboardQuery } from '../../../src/domain/metrics/compute-dashboard';
import type { EvidenceMeasures } from '../../../src/domain/metrics/iso-evidence';
import { filterRecords, type MetricsPeriod, type MetricsRecord } from '../../../src/domain/metrics/metrics-query';
import { makeComplaint } from '../factories';

/**
 * The fixed data set that every metrics test computes its expected values from by hand.
 * Business time zone Europe/London: GMT in March 2024 until BST begins on 31 March at 01:00 UTC.
 */
export const DAY = 86_400_000;

/** A hand-checkable business-day measure: calendar days, fractions included. */
export const calendarDays = (from: number, to: number): number => (to - from) / DAY;

export const at = (iso: string): number => Date.parse(iso);

export const TIME_ZONE = 'Europe/London';

/** March 2024 in London: [2024-03-01T00:00Z, 2024-03-31T23:00Z), the end being April 1, 00:00 BST. */
export const MARCH: MetricsPeriod = { from: at('2024-03-01T00:00:00Z'), to: at('2024-03-31T23:00:00Z') };

/** The snapshot moment for open complaints. */
export const NOW = at('2024-04-02T12:00:00Z');

export const makeRecord = (overrides: Partial<MetricsRecord>): MetricsRecord => ({
  ...makeComplaint({ projectKey: 'CA', ...overrides }),
  dueAt: overrides.dueAt ?? null,
  escalationLevel: overrides.escalationLevel ?? 0,
});

const closedDone = (
  key: string,
  overrides: Partial<MetricsRecord>,
): Partial<MetricsRecord> & Pick<MetricsRecord, 'issueKey'> => ({
  issueKey: key,
  issueId: key,
  status: 'closed',
  resolution: 'done',
  ...overrides,
});

/*
 * key     dept     subject              created   first     closed            status / resolution    sat res ret reo comp  due / esc
 * CA-1    billing  'Card payments'      03-01 09  03-02 09  03-05 09 (4 d)    closed done            5   y   0   0   50
 * CA-2    billing  '  card PAYMENTS '   03-03 09  03-03 21  03-10 09 (7 d)    closed done            4   y   1   0   -
 * CA-3    support  employee             03-04 09  03-06 09  03-14 09 (10 d)   closed done            2   n   2   1   25.5  esc 1 (stale)
 * CA-4    support  'Mobile app'         03-05 09  03-08 09  03-20 09 (15 d)   closed done            3   y   0   0   -     due 03-01 (stale)
 * CA-5    -        'Branch queue'       03-06 09  -         03-07 09 (1 d)    closed withdrawn       -   -   0   0   -
 * CA-6    billing  'Card payments'      03-08 09  -         03-08 10          closed duplicate       -   -   0   0   10
 * CA-7    support  'Mobile app'         03-12 09  03-13 09  -                 in_progress            follow-up of CA-1; due 03-25, esc 1
 * CA-8    support  employee             03-25 09  -         -                 registered             due 04-03 09
 * CA-9    -        (none)               03-28 09  03-29 09  -                 measures_done          due = NOW, esc 2
 * CA-10   billing  'Card payments'      02-20 09  02-21 09  03-01 09 (10 d)   closed done            5   y   0   1   100
 * CA-11   billing  'CARD payments'      03-30 09  03-31 09  03-31 23:30Z      closed done            1   n   0   0   40    (closed in April, London)
 * OTHER-1 billing  'Parking'            03-02 09  -         -                 registered (project OTHER)
 *
 * Reporters: CA-1 a, CA-2 b, CA-3 a, CA-4 c, CA-5 a (anonymous), CA-6 b, CA-7 c, CA-8 d, CA-9 b, CA-10 e, CA-11 e.
 * Measures recorded: CA-1, CA-2, CA-10; CA-3 an empty text; the others none.
 */
export const DATASET: readonly MetricsRecord[] = [
  makeRecord(
    closedDone('CA-1', {
      reporterAccountId: 'cust-a',
      measures: 'Refund the double charge',
      subject: { kind: 'service', name: 'Card payments' },
      createdAt: at('2024-03-01T09:00:00Z'),
      firstActionAt: at('2024-03-02T09:00:00Z'),
      closedAt: at('2024-03-05T09:00:00Z'),
      satisfaction: 5,
      consideredResolved: true,
      compensation: 50,
    }),
  ),
  makeRecord(
    closedDone('CA-2', {
      reporterAccountId: 'cust-b',
      measures: 'Fix the card limit',
      subject: { kind: 'service', name: '  card PAYMENTS ' },
      createdAt: at('2024-03-03T09:00:00Z'),
      firstActionAt: at('2024-03-03T21:00:00Z'),
      closedAt: at('2024-03-10T09:00:00Z'),
      satisfaction: 4,
      consideredResolved: true,
      returns: 1,
    }),
  ),
  makeRecord(
    closedDone('CA-3', {
      reporterAccountId: 'cust-a',
      measures: '',
      departmentId: 'support',
      subject: { kind: 'employee', accountId: 'agent-7' },
      createdAt: at('2024-03-04T09:00:00Z'),
      firstActionAt: at('2024-03-06T09:00:00Z'),
      closedAt: at('2024-03-14T09:00:00Z'),
      satisfaction: 2,
      consideredResolved: false,
      returns: 2,
      reopens: 1,
      compensation: 25.5,
      escalationLevel: 1,
    }),
  ),
  makeRecord(
    closedDone('CA-4', {
      reporterAccountId: 'cust-c',
      departmentId: 'support',
      subject: { kind: 'service', name: 'Mobile app' },
      createdAt: at('2024-03-05T09:00:00Z'),
      firstActionAt: at('2024-03-08T09:00:00Z'),
      closedAt: at('2024-03-20T09:00:00Z'),
      satisfaction: 3,
      consideredResolved: true,
      dueAt: at('2024-03-01T09:00:00Z'),
    }),
  ),
  makeRecord(
    closedDone('CA-5', {
      reporterAccountId: 'cust-a',
      anonymous: true,
      departmentId: null,
      subject: { kind: 'service', name: 'Branch queue' },
      resolution: 'withdrawn',
      createdAt: at('2024-03-06T09:00:00Z'),
      closedAt: at('2024-03-07T09:00:00Z'),
    }),
  ),
  makeRecord(
    closedDone('CA-6', {
      reporterAccountId: 'cust-b',
      subject: { kind: 'service', name: 'Card payments' },
      resolution: 'duplicate',
      createdAt: at('2024-03-08T09:00:00Z'),
      closedAt: at('2024-03-08T10:00:00Z'),
      compensation: 10,
    }),
  ),
  makeRecord({
    issueKey: 'CA-7',
    issueId: 'CA-7',
    reporterAccountId: 'cust-c',
    departmentId: 'support',
    subject: { kind: 'service', name: 'Mobile app' },
    status: 'in_progress',
    followUpOf: 'CA-1',
    createdAt: at('2024-03-12T09:00:00Z'),
    firstActionAt: at('2024-03-13T09:00:00Z'),
    dueAt: at('2024-03-25T09:00:00Z'),
    escalationLevel: 1,
  }),
  makeRecord({
    issueKey: 'CA-8',
    issueId: 'CA-8',
    reporterAccountId: 'cust-d',
    departmentId: 'support',
    subject: { kind: 'employee', accountId: 'agent-9' },
    createdAt: at('2024-03-25T09:00:00Z'),
    dueAt: at('2024-04-03T09:00:00Z'),
  }),
  makeRecord({
    issueKey: 'CA-9',
    issueId: 'CA-9',
    reporterAccountId: 'cust-b',
    departmentId: null,
    subject: null,
    status: 'measures_done',
    createdAt: at('2024-03-28T09:00:00Z'),
    firstActionAt: at('2024-03-29T09:00:00Z'),
    dueAt: NOW,
    escalationLevel: 2,
  }),
  makeRecord(
    closedDone('CA-10', {
      reporterAccountId: 'cust-e',
      measures: 'Apologise and train',
      subject: { kind: 'service', name: 'Card payments' },
      createdAt: at('2024-02-20T09:00:00Z'),
      firstActionAt: at('2024-02-21T09:00:00Z'),
      closedAt: at('2024-03-01T09:00:00Z'),
      satisfaction: 5,
      consideredResolved: true,
      reopens: 1,
      compensation: 100,
    }),
  ),
  makeRecord(
    closedDone('CA-11', {
      reporterAccountId: 'cust-e',
      subject: { kind: 'service', name: 'CARD payments' },
      createdAt: at('2024-03-30T09:00:00Z'),
      firstActionAt: at('2024-03-31T09:00:00Z'),
      closedAt: at('2024-03-31T23:30:00Z'),
      satisfaction: 1,
      consideredResolved: false,
      compensation: 40,
    }),
  ),
  makeRecord({
    issueKey: 'OTHER-1',
    issueId: 'OTHER-1',
    projectKey: 'OTHER',
    subject: { kind: 'service', name: 'Parking' },
    createdAt: at('2024-03-02T09:00:00Z'),
  }),
];

/** Project CA, every department. */
export const CA_ONLY = { projectKeys: ['CA'], departmentIds: [] };

/**
 * What most tests compute over: CA-1 … CA-11 without the duplicate CA-6 (10 records),
 * as `filterRecords` selects them (tested on its own in metrics-query.test.ts).
 */
export const SELECTED: readonly MetricsRecord[] = filterRecords(DATASET, CA_ONLY);

/** A hand-checkable response deadline: ten calendar days after registration, and none before March. */
export const tenDaysAfter = (createdAt: number): number | null => (createdAt < MARCH.from ? null : createdAt + 10 * DAY);

export const MEASURES: EvidenceMeasures = { businessDays: calendarDays, responseDueAt: tenDaysAfter };

/** The dashboard's settings over March: top 3, a 7-day repeat window, acknowledgement within 1 day. */
export const MARCH_SETTINGS: Omit<DashboardQuery, 'projectKeys' | 'departmentIds'> = {
  period: MARCH,
  timeZone: TIME_ZONE,
  top: 3,
  currency: 'GBP',
  repeatWindowDays: 7,
  acknowledgeBusinessDays: 1,
};
