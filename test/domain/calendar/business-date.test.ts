import { businessDateOf } from '../../../src/domain/calendar/business-date';

describe('businessDateOf', () => {
  it('gives the date in the business time zone, not in UTC', () => {
    const lateEveningInNewYork = Date.UTC(2026, 11, 5, 3, 30); // 22:30 on 4 December in New York
    expect(businessDateOf(lateEveningInNewYork, 'America/New_York')).toBe('2026-12-04');
    expect(businessDateOf(lateEveningInNewYork, 'Europe/Kyiv')).toBe('2026-12-05');
  });
});
