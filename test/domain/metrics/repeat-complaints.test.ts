import { repeatFigures } from '../../../src/domain/metrics/repeat-complaints';
import { at, DAY, MARCH, SELECTED } from './metrics-dataset';
import { makeRecord } from './metrics-dataset';

describe('repeatFigures', () => {
  it('counts complaints of March that repeat a customer or a subject of the 7 days before', () => {
    // Registered in March: CA-1, 2, 3, 4, 5, 7, 8, 9, 11 (9).
    // CA-2 'card PAYMENTS' 2 days after CA-1 'Card payments': same subject.
    // CA-3 by cust-a 3 days after CA-1 by cust-a: same customer.
    // CA-7 by cust-c about 'Mobile app' exactly 7 days after CA-4, cust-c, 'Mobile app': both.
    // CA-5 by cust-a 2 days after CA-3 is anonymous: its reporter is the registrar, not the customer.
    // CA-1 'Card payments' is 10 days after CA-10; CA-11 27 days after CA-2: outside the window.
    expect(repeatFigures(SELECTED, MARCH, 7)).toEqual({ windowDays: 7, repeats: 3, sameCustomer: 2, sameSubject: 2, share: 3 / 9 });
  });

  it('keeps the window inclusive: 7 days apart is outside a 6-day window', () => {
    expect(repeatFigures(SELECTED, MARCH, 6)).toEqual({ windowDays: 6, repeats: 2, sameCustomer: 1, sameSubject: 1, share: 2 / 9 });
  });

  it('widens with the window: 10 days reach CA-1 back to CA-10', () => {
    // CA-1 'Card payments' 10 days after CA-10 'Card payments'.
    expect(repeatFigures(SELECTED, MARCH, 10).sameSubject).toBe(3);
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
    expect(repeatFigures(records, MARCH, 30)).toEqual({ windowDays: 30, repeats: 0, sameCustomer: 0, sameSubject: 0, share: 0 });
  });

  it('has no share without complaints', () => {
    expect(repeatFigures([], MARCH, 30).share).toBeNull();
  });
});
