import { isEscalated, isOverdue, openSnapshot } from '../../../src/domain/metrics/open-snapshot';
import { makeRecord, NOW, SELECTED } from './metrics-dataset';

describe('openSnapshot', () => {
  it('counts the open complaints of the data set at NOW', () => {
    expect(openSnapshot(SELECTED, NOW)).toEqual({
      // open: CA-7 in progress, CA-8 registered, CA-9 measures done
      total: 3,
      byStatus: { registered: 1, in_progress: 1, measures_done: 1 },
      // support: CA-7 + CA-8 = 2; triage: CA-9 = 1
      byDepartment: [
        { key: 'support', count: 2 },
        { key: 'triage', count: 1 },
      ],
      // CA-7 was due on 25 March; CA-8 is due on 3 April; CA-9 is due exactly at NOW;
      // CA-4's stale due date does not count, it is closed
      overdue: 1,
      // CA-7 (level 1) and CA-9 (level 2); closed CA-3 keeps a stale level 1 and does not count
      escalated: 2,
    });
  });

  it('is all zeros for no complaints', () => {
    expect(openSnapshot([], NOW)).toEqual({
      total: 0,
      byStatus: { registered: 0, in_progress: 0, measures_done: 0 },
      byDepartment: [],
      overdue: 0,
      escalated: 0,
    });
  });
});

describe('isOverdue', () => {
  it.each([
    { name: 'due a millisecond ago', status: 'in_progress', dueAt: NOW - 1, expected: true },
    { name: 'due right now', status: 'in_progress', dueAt: NOW, expected: false },
    { name: 'due later', status: 'registered', dueAt: NOW + 1, expected: false },
    { name: 'nothing due', status: 'measures_done', dueAt: null, expected: false },
    { name: 'closed with a past due moment', status: 'closed', dueAt: NOW - 1, expected: false },
  ] as const)('$name → $expected', ({ status, dueAt, expected }) => {
    expect(isOverdue(makeRecord({ status, dueAt }), NOW)).toBe(expected);
  });
});

describe('isEscalated', () => {
  it.each([
    { status: 'registered', escalationLevel: 0, expected: false },
    { status: 'registered', escalationLevel: 1, expected: true },
    { status: 'measures_done', escalationLevel: 3, expected: true },
    { status: 'closed', escalationLevel: 2, expected: false },
  ] as const)('$status at level $escalationLevel → $expected', ({ status, escalationLevel, expected }) => {
    expect(isEscalated(makeRecord({ status, escalationLevel }))).toBe(expected);
  });
});
