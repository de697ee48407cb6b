import { computeDashboard, type DashboardQuery } from '../../../src/domain/metrics/compute-dashboard';
import { TRIAGE } from '../../../src/domain/metrics/metrics-query';
import { at, CA_ONLY, DATASET, MARCH, MARCH_SETTINGS, MEASURES, NOW, TIME_ZONE } from './metrics-dataset';

const query = (filter: Pick<DashboardQuery, 'projectKeys' | 'departmentIds'>): DashboardQuery => ({ ...filter, ...MARCH_SETTINGS });

describe('computeDashboard', () => {
  it('computes every figure of project CA in March', () => {
    // Each value is worked out by hand in the test of its own metric; this checks the wiring.
    // CA-7's customer escalated twice in March (counted once), CA-9's in April; CA-6 is a closed duplicate, out of view.
    const escalations = [
      { issueId: 'CA-7', at: at('2024-03-20T10:00:00Z') },
      { issueId: 'CA-7', at: at('2024-03-26T10:00:00Z') },
      { issueId: 'CA-9', at: at('2024-04-01T10:00:00Z') },
      { issueId: 'CA-6', at: at('2024-03-08T09:30:00Z') },
    ];
    expect(computeDashboard(DATASET, query(CA_ONLY), MEASURES, NOW, escalations)).toEqual({
      period: MARCH,
      timeZone: TIME_ZONE,
      now: NOW,
      open: {
        total: 3,
        byStatus: { registered: 1, in_progress: 1, measures_done: 1 },
        byDepartment: [
          { key: 'support', count: 2 },
          { key: 'triage', count: 1 },
        ],
        overdue: 1,
        escalated: 2,
      },
      escalatedByCustomers: 1,
      registered: 9,
      timeToFirstAction: { count: 7, median: 1, p90: 3 },
      timeToClose: { count: 6, median: 7, p90: 15 },
      satisfaction: {
        count: 5,
        average: 3.8,
        distribution: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 2 },
        shareFourOrFive: 0.6,
        shareConsideredResolved: 0.8,
      },
      rates: { closed: 6, returnRate: 0.5, reopenRate: 2 / 6, followUpRate: 1 / 6 },
      compensation: {
        currency: 'GBP',
        total: 175.5,
        byDepartment: [
          { key: 'billing', amount: 150 },
          { key: 'support', amount: 25.5 },
        ],
      },
      trend: [{ month: '2024-03', from: MARCH.from, to: MARCH.to, registered: 9, closed: 6, averageSatisfaction: 3.8 }],
      topCategories: [
        { kind: 'service', name: 'Card payments', count: 3 },
        { kind: 'employee', name: null, count: 2 },
        { kind: 'service', name: 'Mobile app', count: 2 },
      ],
      topDepartments: [
        { key: 'support', count: 4 },
        { key: 'billing', count: 3 },
        { key: 'triage', count: 2 },
      ],
      iso: {
        acknowledgedWithinTarget: { count: 7, met: 5, share: 5 / 7 },
        respondedWithinTarget: { count: 5, met: 4, share: 0.8 },
        satisfactionAfterClosure: { count: 5, met: 5, share: 1 },
        improvementsRecorded: { count: 5, met: 3, share: 0.6 },
      },
      repeats: { windowDays: 7, repeats: 3, sameCustomer: 2, sameSubject: 2, share: 3 / 9 },
    });
  });

  it('narrows to a department across projects and still sees follow-ups routed elsewhere', () => {
    // billing: CA-1, CA-2, CA-10, CA-11 and OTHER-1 (project OTHER, open, registered 2 March)
    const figures = computeDashboard(DATASET, query({ projectKeys: [], departmentIds: ['billing'] }), MEASURES, NOW);
    expect(figures.open.total).toBe(1); // OTHER-1
    expect(figures.registered).toBe(4); // CA-1, CA-2, CA-11, OTHER-1
    // closed in March: CA-1, CA-2, CA-10; returns 1, reopens 1; CA-1 followed up by CA-7 of support
    expect(figures.rates).toEqual({ closed: 3, returnRate: 1 / 3, reopenRate: 1 / 3, followUpRate: 1 / 3 });
    expect(figures.compensation).toEqual({ currency: 'GBP', total: 150, byDepartment: [{ key: 'billing', amount: 150 }] });
    expect(figures.topCategories).toEqual([
      { kind: 'service', name: 'Card payments', count: 3 },
      { kind: 'service', name: 'Parking', count: 1 },
    ]);
  });

  it('narrows to triage', () => {
    // CA-5 (withdrawn in March) and CA-9 (measures done, escalated, due exactly at NOW)
    const figures = computeDashboard(DATASET, query({ projectKeys: ['CA'], departmentIds: [TRIAGE] }), MEASURES, NOW);
    expect(figures.open).toEqual({
      total: 1,
      byStatus: { registered: 0, in_progress: 0, measures_done: 1 },
      byDepartment: [{ key: 'triage', count: 1 }],
      overdue: 0,
      escalated: 1,
    });
    expect(figures.timeToClose).toEqual({ count: 1, median: 1, p90: 1 }); // CA-5: 6 → 7 March
    expect(figures.satisfaction.count).toBe(0); // withdrawn: no call, no score
  });

  it('gives empty figures for no complaints', () => {
    const figures = computeDashboard([], query(CA_ONLY), MEASURES, NOW);
    expect(figures.registered).toBe(0);
    expect(figures.timeToFirstAction).toEqual({ count: 0, median: null, p90: null });
    expect(figures.satisfaction.average).toBeNull();
    expect(figures.rates.returnRate).toBeNull();
    expect(figures.trend).toEqual([
      { month: '2024-03', from: MARCH.from, to: MARCH.to, registered: 0, closed: 0, averageSatisfaction: null },
    ]);
    expect(figures.topCategories).toEqual([]);
  });
});
