import { topCategories, topDepartments } from '../../../src/domain/metrics/top-counts';
import { at, MARCH, makeRecord, SELECTED } from './metrics-dataset';

describe('topCategories', () => {
  // registered in March: Card payments ×3 (CA-1, CA-2 "  card PAYMENTS ", CA-11 "CARD payments"),
  // employee ×2 (CA-3, CA-8: two people, one category), Mobile app ×2 (CA-4, CA-7),
  // Branch queue ×1 (CA-5), unspecified ×1 (CA-9)
  const all = [
    { kind: 'service', name: 'Card payments', count: 3 },
    // ties in key order: "employee" < "service:mobile app"
    { kind: 'employee', name: null, count: 2 },
    { kind: 'service', name: 'Mobile app', count: 2 },
    // "service:branch queue" < "unspecified"
    { kind: 'service', name: 'Branch queue', count: 1 },
    { kind: 'unspecified', name: null, count: 1 },
  ];

  it.each([
    { limit: 10, expected: all },
    { limit: 3, expected: all.slice(0, 3) },
    { limit: 1, expected: all.slice(0, 1) },
    { limit: 0, expected: [] },
    { limit: -1, expected: [] },
  ])('lists the $limit most frequent', ({ limit, expected }) => {
    expect(topCategories(SELECTED, MARCH, limit)).toEqual(expected);
  });

  it('shows the spelling of the earliest complaint, whatever the input order', () => {
    expect(topCategories([...SELECTED].reverse(), MARCH, 1)).toEqual([
      { kind: 'service', name: 'Card payments', count: 3 },
    ]);
  });

  it('orders complaints registered at the same moment by key to pick the spelling', () => {
    const createdAt = at('2024-03-04T09:00:00Z');
    const records = [
      makeRecord({ issueKey: 'CA-2', createdAt, subject: { kind: 'service', name: 'mobile APP' } }),
      makeRecord({ issueKey: 'CA-1', createdAt, subject: { kind: 'service', name: 'Mobile  app ' } }),
    ];
    expect(topCategories(records, MARCH, 5)).toEqual([{ kind: 'service', name: 'Mobile  app', count: 2 }]);
  });

  it('counts a blank service name as unspecified', () => {
    const createdAt = at('2024-03-04T09:00:00Z');
    const records = [
      makeRecord({ createdAt, subject: { kind: 'service', name: '   ' } }),
      makeRecord({ createdAt, subject: null }),
    ];
    expect(topCategories(records, MARCH, 5)).toEqual([{ kind: 'unspecified', name: null, count: 2 }]);
  });

  it('is empty for no complaints', () => {
    expect(topCategories([], MARCH, 5)).toEqual([]);
  });
});

describe('topDepartments', () => {
  // registered in March: support CA-3, CA-4, CA-7, CA-8 = 4; billing CA-1, CA-2, CA-11 = 3; triage CA-5, CA-9 = 2
  it.each([
    {
      limit: 5,
      expected: [
        { key: 'support', count: 4 },
        { key: 'billing', count: 3 },
        { key: 'triage', count: 2 },
      ],
    },
    {
      limit: 2,
      expected: [
        { key: 'support', count: 4 },
        { key: 'billing', count: 3 },
      ],
    },
    { limit: 0, expected: [] },
  ])('lists the $limit largest', ({ limit, expected }) => {
    expect(topDepartments(SELECTED, MARCH, limit)).toEqual(expected);
  });
});
