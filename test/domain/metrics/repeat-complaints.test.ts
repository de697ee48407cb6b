import { repeatFigures } from '../../../src/domain/metrics/repeat-complaints';
import { at, CA_ONLY, DATASET, DAY, MARCH } from './metrics-dataset';
import { makeRecord } from './metrics-dataset';

const ALL = { projectKeys: [], departmentIds: [] };

describe('repeatFigures', () => {
  it('counts complaints of March that repeat a customer or a subject of the 7 days before', () => {
    // Registered in March: CA-1, 2, 3, 4, 5, 7, 8, 9, 11 (9); the duplicate CA-6 is neither counted nor an earlier one.
    // CA-2 'card PAYMENTS' 2 days after CA-1 'Card payments': same subject.
    // CA-3 by cust-a 3 days after CA-1 by cust-a: same customer.
    // CA-7 by cust-c about 'Mobile app' exactly 7 days after CA-4, cust-c, 'Mobile app': both.
    // CA-5 by cust-a 2 days after CA-3 is anonymous: its reporter is the registrar, not the customer.
    // CA-1 'Card payments' is 10 days after CA-10; CA-11 27 days after CA-2: outside the window.
    expect(repeatFigures(DATASET, CA_ONLY, MARCH, 7)).toEqual({ windowDays: 7, repeats: 3, sameCustomer: 2, sameSubject: 2, share: 3 / 9 });
  });

  it('keeps the window inclusive: 7 days apart is outside a 6-day window', () => {
    expect(repeatFigures(DATASET, CA_ONLY, MARCH, 6)).toEqual({ windowDays: 6, repeats: 2, sameCustomer: 1, sameSubject: 1, share: 2 / 9 });
  });

  it('widens with the window: 10 days reach CA-1 back to CA-10', () => {
    // CA-1 'Card payments' 10 days after CA-10 'Card payments'.
    expect(repeatFigures(DATASET, CA_ONLY, MARCH, 10).sameSubject).toBe(3);
  });

  it('finds the earlier complaint in any department: CA-3 of support repeats cust-a of CA-1 in billing', () => {
    // Support's complaints of March: CA-3, CA-4, CA-7, CA-8; CA-7 repeats CA-4 (both keys), CA-3 repeats CA-1.
    expect(repeatFigures(DATASET, { projectKeys: ['CA'], departmentIds: ['support'] }, MARCH, 7)).toEqual({
      windowDays: 7,
      repeats: 2,
      sameCustomer: 2,
      sameSubject: 1,
      share: 2 / 4,
    });
  });

  it('never crosses projects, nor counts a closed duplicate as the earlier complaint', () => {
    const moment = at('2024-03-10T09:00:00Z');
    const records = (earlierResolution: 'duplicate' | 'done') => [
      makeRecord({ issueKey: 'A-1', projectKey: 'A', createdAt: moment, reporterAccountId: 'same' }),
      makeRecord({ issueKey: 'B-1', projectKey: 'B', createdAt: moment + DAY, reporterAccountId: 'same' }),
      makeRecord({ issueKey: 'C-1', projectKey: 'C', createdAt: moment, reporterAccountId: 'same', status: 'closed', resolution: earlierResolution, closedAt: moment }),
      makeRecord({ issueKey: 'C-2', projectKey: 'C', createdAt: moment + DAY, reporterAccountId: 'same' }),
    ];
    expect(repeatFigures(records('duplicate'), ALL, MARCH, 30)).toEqual({ windowDays: 30, repeats: 0, sameCustomer: 0, sameSubject: 0, share: 0 });
    // C-1 closed otherwise is C-2's earlier complaint, both by customer and by subject.
    expect(repeatFigures(records('done'), ALL, MARCH, 30)).toMatchObject({ repeats: 1, sameCustomer: 1, sameSubject: 1 });
  });

  it('never counts two complaints registered in the same moment, nor complaints without a subject or reporter', () => {
    const moment = at('2024-03-10T09:00:00Z');
    const records = [
      makeRecord({ issueKey: 'X-1', createdAt: moment, reporterAccountId: 'same' }),
      makeRecord({ issueKey: 'X-2', createdAt: moment, reporterAccountId: 'same' }),
      makeRecord({ issueKey: 'X-3', createdAt: moment + DAY, reporterAccountId: null, subject: null }),
      makeRecord({ issueKey: 'X-4', createdAt: moment + DAY, reporterAccountId: null, subject: { kind: 'service', name: '  ' } }),
    ];
    // share the default subject of the factory: have none to share.
    expect(repeatFigures(records, ALL, MARCH, 30)).toEqual({ windowDays: 30, repeats: 0, sameCustomer: 0, sameSubject: 0, share: 0 });
  });

  it('has no share without complaints', () => {
    expect(repeatFigures([], ALL, MARCH, 30).share).toBeNull();
  });
});
