import { computeDashboard } from '../../../src/domain/metrics/compute-dashboard';
import { toMonthlyReviewCsv, type MonthlyReviewLabels } from '../../../src/domain/metrics/monthly-review-csv';
import { CA_ONLY, DATASET, MARCH_SETTINGS, MEASURES, NOW } from './metrics-dataset';

const LABELS: MonthlyReviewLabels = {
  columns: { metric: 'Metric', breakdown: 'Breakdown', value: 'Value' },
  metrics: {
    periodStart: 'Period start',
    periodEnd: 'Period end',
    snapshotAt: 'Open as of',
    openByStatus: 'Open',
    openTotal: 'Open total',
    openByDepartment: 'Open by department',
    overdueNow: 'Overdue',
    escalatedNow: 'Escalated',
    escalatedByCustomers: 'Escalated by customers',
    registered: 'Registered',
    closed: 'Closed',
    firstActionMedian: 'First action median',
    firstActionP90: 'First action p90',
    closeMedian: 'Close median',
    closeP90: 'Close p90',
    satisfactionAverage: 'Satisfaction average',
    satisfactionDistribution: 'Satisfaction',
    satisfactionShareFourOrFive: 'Share 4-5',
    consideredResolvedShare: 'Resolved share',
    returnRate: 'Return rate',
    reopenRate: 'Reopen rate',
    followUpRate: 'Follow-up rate',
    compensationByDepartment: 'Compensation',
    compensationTotal: 'Compensation total',
    currency: 'Currency',
    trendRegistered: 'Trend registered',
    trendClosed: 'Trend closed',
    trendSatisfaction: 'Trend satisfaction',
    topCategories: 'Top categories',
    topDepartments: 'Top departments',
    isoAcknowledgedWithinTarget: 'Acknowledged in time',
    isoRespondedWithinTarget: 'Responded in time',
    isoSatisfactionAfterClosure: 'Satisfaction asked',
    isoImprovementsRecorded: 'Improvements recorded',
    repeatWindowDays: 'Repeat window in days',
    repeats: 'Repeats',
    repeatsSameCustomer: 'Repeats of a customer',
    repeatsSameSubject: 'Repeats of a subject',
    repeatShare: 'Repeat share',
  },
  statuses: { registered: 'Registered', in_progress: 'In progress', measures_done: 'Measures done' },
  evidence: { met: 'Met', count: 'Measured', share: 'Share' },
  departments: { billing: 'Billing', support: 'Support' },
  triage: 'Triage',
  employeeCategory: 'Employee',
  unspecifiedCategory: 'Not given',
};

// CA-7's customer escalated from the portal in March, as in compute-dashboard.test.ts.
const figures = computeDashboard(DATASET, { ...CA_ONLY, ...MARCH_SETTINGS }, MEASURES, NOW, [{ issueId: 'CA-7', at: Date.parse('2024-03-20T10:00:00Z') }]);

const lines = (csv: string): string[] => csv.split('\r\n');

describe('toMonthlyReviewCsv', () => {
  it('writes one row per dashboard number under a header row', () => {
    // The values are those of compute-dashboard.test.ts; shares and averages rounded to 4 decimals.
    expect(lines(toMonthlyReviewCsv(figures, LABELS))).toEqual([
      'Metric,Breakdown,Value',
      'Period start,,2024-03-01',
      // the period ends at 2024-03-31T23:00Z, midnight BST: its last day is 31 March
      'Period end,,2024-03-31',
      // NOW is 12:00 UTC, 13:00 BST
      'Open as of,,2024-04-02 13:00',
      'Open,Registered,1',
      'Open,In progress,1',
      'Open,Measures done,1',
      'Open total,,3',
      'Open by department,Support,2',
      'Open by department,Triage,1',
      'Overdue,,1',
      'Escalated,,2',
      'Escalated by customers,,1',
      'Registered,,9',
      'Closed,,6',
      'First action median,,1',
      'First action p90,,3',
      'Close median,,7',
      'Close p90,,15',
      'Satisfaction average,,3.8',
      'Satisfaction,1,0',
      'Satisfaction,2,1',
      'Satisfaction,3,1',
      'Satisfaction,4,1',
      'Satisfaction,5,2',
      'Share 4-5,,0.6',
      'Resolved share,,0.8',
      'Return rate,,0.5',
      'Reopen rate,,0.3333', // 2 / 6 = 0.33333…
      'Follow-up rate,,0.1667', // 1 / 6 = 0.16666…
      'Compensation,Billing,150',
      'Compensation,Support,25.5',
      'Compensation total,,175.5',
      'Currency,,GBP',
      'Trend registered,2024-03,9',
      'Trend closed,2024-03,6',
      'Trend satisfaction,2024-03,3.8',
      'Top categories,Card payments,3',
      'Top categories,Employee,2',
      'Top categories,Mobile app,2',
      'Top departments,Support,4',
      'Top departments,Billing,3',
      'Top departments,Triage,2',
      // ISO 10002 evidence and repeats as compute-dashboard.test.ts works them out by hand
      'Acknowledged in time,Met,5',
      'Acknowledged in time,Measured,7',
      'Acknowledged in time,Share,0.7143', // 5 / 7 = 0.714285…
      'Responded in time,Met,4',
      'Responded in time,Measured,5',
      'Responded in time,Share,0.8',
      'Satisfaction asked,Met,5',
      'Satisfaction asked,Measured,5',
      'Satisfaction asked,Share,1',
      'Improvements recorded,Met,3',
      'Improvements recorded,Measured,5',
      'Improvements recorded,Share,0.6',
      'Repeat window in days,,7',
      'Repeats,,3',
      'Repeats of a customer,,2',
      'Repeats of a subject,,2',
      'Repeat share,,0.3333', // 3 of 9 registered
      '', // the last record ends with CRLF too
    ]);
  });

  it('quotes names with commas, quotes and line breaks, and falls back to the department id', () => {
    const labels: MonthlyReviewLabels = {
      ...LABELS,
      columns: { metric: 'Metric, name', breakdown: 'Breakdown', value: 'Value' },
      departments: { billing: 'Billing, "North"\nbranch' },
    };
    const csv = toMonthlyReviewCsv(figures, labels);
    expect(csv.startsWith('"Metric, name",Breakdown,Value\r\n')).toBe(true);
    expect(csv).toContain('\r\nCompensation,"Billing, ""North""\nbranch",150\r\n');
    expect(csv).toContain('\r\nCompensation,support,25.5\r\n');
  });

  it('writes empty values when there is nothing to measure, and labels a missing subject', () => {
    const empty = computeDashboard([], { ...CA_ONLY, ...MARCH_SETTINGS }, MEASURES, NOW);
    const unspecified = { ...empty, topCategories: [{ kind: 'unspecified' as const, name: null, count: 4 }] };
    const csv = lines(toMonthlyReviewCsv(unspecified, LABELS));
    expect(csv).toContain('Satisfaction average,,');
    expect(csv).toContain('Close median,,');
    expect(csv).toContain('Follow-up rate,,');
    expect(csv).toContain('Compensation total,,0');
    expect(csv).toContain('Trend satisfaction,2024-03,');
    expect(csv).toContain('Top categories,Not given,4');
    expect(csv).toContain('Acknowledged in time,Share,');
    expect(csv).toContain('Repeat share,,');
    expect(csv.filter((line) => line.startsWith('Open by department'))).toEqual([]);
  });
});
