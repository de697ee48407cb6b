import {
  closedIn,
  departmentKey,
  filterRecords,
  isWithin,
  registeredIn,
  TRIAGE,
} from '../../../src/domain/metrics/metrics-query';
import { at, DATASET, MARCH, makeRecord, SELECTED } from './metrics-dataset';

const keys = (records: readonly { issueKey: string }[]): string[] => records.map((c) => c.issueKey);

describe('filterRecords', () => {
  it.each([
    {
      name: 'no filter: everything but the closed duplicate CA-6',
      filter: { projectKeys: [], departmentIds: [] },
      expected: ['CA-1', 'CA-2', 'CA-3', 'CA-4', 'CA-5', 'CA-7', 'CA-8', 'CA-9', 'CA-10', 'CA-11', 'OTHER-1'],
    },
    {
      name: 'one project',
      filter: { projectKeys: ['OTHER'], departmentIds: [] },
      expected: ['OTHER-1'],
    },
    {
      name: 'triage: complaints without a department',
      filter: { projectKeys: [], departmentIds: [TRIAGE] },
      expected: ['CA-5', 'CA-9'],
    },
    {
      name: 'a department across projects',
      filter: { projectKeys: [], departmentIds: ['billing'] },
      expected: ['CA-1', 'CA-2', 'CA-10', 'CA-11', 'OTHER-1'],
    },
    {
      name: 'project and departments together',
      filter: { projectKeys: ['CA'], departmentIds: ['support', TRIAGE] },
      expected: ['CA-3', 'CA-4', 'CA-5', 'CA-7', 'CA-8', 'CA-9'],
    },
    {
      name: 'an unknown project',
      filter: { projectKeys: ['NOPE'], departmentIds: [] },
      expected: [],
    },
  ])('$name', ({ filter, expected }) => {
    expect(keys(filterRecords(DATASET, filter))).toEqual(expected);
  });

  it('keeps a duplicate that was reopened: it is open again', () => {
    const reopened = makeRecord({ status: 'in_progress', resolution: 'duplicate' });
    expect(filterRecords([reopened], { projectKeys: [], departmentIds: [] })).toEqual([reopened]);
  });
});

describe('departmentKey', () => {
  it.each([
    { departmentId: 'billing', expected: 'billing' },
    { departmentId: null, expected: TRIAGE },
  ])('is $expected for department $departmentId', ({ departmentId, expected }) => {
    expect(departmentKey({ departmentId })).toBe(expected);
  });
});

describe('isWithin', () => {
  it.each([
    { name: 'the first moment', t: MARCH.from, expected: true },
    { name: 'the last millisecond', t: MARCH.to - 1, expected: true },
    { name: 'the end, which is excluded', t: MARCH.to, expected: false },
    { name: 'just before', t: MARCH.from - 1, expected: false },
    { name: 'no moment at all', t: null, expected: false },
  ])('$name → $expected', ({ t, expected }) => {
    expect(isWithin(MARCH, t)).toBe(expected);
  });
});

describe('registeredIn and closedIn', () => {
  it('selects by creation: CA-10 was registered in February', () => {
    expect(keys(registeredIn(SELECTED, MARCH))).toEqual([
      'CA-1',
      'CA-2',
      'CA-3',
      'CA-4',
      'CA-5',
      'CA-7',
      'CA-8',
      'CA-9',
      'CA-11',
    ]);
  });

  it('selects by closing: CA-11 closed on 1 April, 00:30 in London', () => {
    expect(keys(closedIn(SELECTED, MARCH))).toEqual(['CA-1', 'CA-2', 'CA-3', 'CA-4', 'CA-5', 'CA-10']);
  });

  it('does not count a complaint reopened after it closed in the period', () => {
    const reopened = makeRecord({ status: 'in_progress', closedAt: at('2024-03-10T09:00:00Z'), reopens: 1 });
    expect(closedIn([reopened], MARCH)).toEqual([]);
  });
});
