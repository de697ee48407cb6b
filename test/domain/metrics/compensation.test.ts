import { compensationPaid, roundMoney } from '../../../src/domain/metrics/compensation';
import { MARCH, makeRecord, SELECTED } from './metrics-dataset';

const closed = (departmentId: string | null, compensation: number | null) =>
  makeRecord({ departmentId, compensation, status: 'closed', resolution: 'done', closedAt: MARCH.from });

describe('compensationPaid', () => {
  it('sums the compensation of complaints closed in the period, per department', () => {
    // billing: CA-1 50 + CA-10 100 = 150; support: CA-3 25.5; total 175.5.
    // CA-6 (duplicate, 10) is filtered out and CA-11 (40) closed in April.
    expect(compensationPaid(SELECTED, MARCH)).toEqual({
      total: 175.5,
      byDepartment: [
        { key: 'billing', amount: 150 },
        { key: 'support', amount: 25.5 },
      ],
    });
  });

  it('is zero with no rows for no complaints', () => {
    expect(compensationPaid([], MARCH)).toEqual({ total: 0, byDepartment: [] });
  });

  it('puts complaints without a department under triage, keeps zero amounts and orders ties by key', () => {
    const records = [closed('support', 20), closed(null, 20), closed('billing', 0), closed('delivery', null)];
    // support 20 and triage 20 tie → key order; billing recorded 0; delivery recorded nothing
    expect(compensationPaid(records, MARCH)).toEqual({
      total: 40,
      byDepartment: [
        { key: 'support', amount: 20 },
        { key: 'triage', amount: 20 },
        { key: 'billing', amount: 0 },
      ],
    });
  });
});

describe('roundMoney', () => {
  it('gives cents added in any order the same figure', () => {
    const cents = [0.1, 0.2, 19.99, 0.07];
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(cents.reduce((a, b) => a + b, 0))).toBe(roundMoney([...cents].reverse().reduce((a, b) => a + b, 0)));
    expect(roundMoney(20.36)).toBe(20.36);
  });
});
