import { complaintTimings } from '../../../src/domain/metrics/complaint-timings';
import { defaultConfig } from '../../../src/domain/config/parse-config';

const calendar = defaultConfig().calendar; // Europe/London, Monday to Friday, 09:00–18:00
const at = (iso: string): number => Date.parse(iso);

describe('complaintTimings', () => {
  it('measures business days and takes the first response deadline of the preset', () => {
    // Registered Friday 2024-03-01 13:30 GMT; started Monday 11:45 (4.5 h + 2.75 h of 9 h);
    // closed Tuesday 2024-03-05 18:00 (a further 6.25 h + 9 h).
    const timings = complaintTimings(
      { calendar, overall: { preset: 'cfpb', escalateAtShare: 0.8 } },
      { createdAt: at('2024-03-01T13:30:00Z'), firstActionAt: at('2024-03-04T11:45:00Z'), closedAt: at('2024-03-05T18:00:00Z') },
    );
    expect(timings.firstActionDays).toBeCloseTo(7.25 / 9, 12);
    expect(timings.closeDays).toBeCloseTo(2.5, 12);
    // CFPB: a response within 15 calendar days, by the end of 16 March in London (GMT).
    expect(timings.responseDueAt).toBe(at('2024-03-16T23:59:59.999Z'));
  });

  it('leaves what has not happened empty, and the deadline too when the preset sets none', () => {
    expect(
      complaintTimings({ calendar, overall: { preset: 'none', escalateAtShare: 0.8 } }, { createdAt: at('2024-03-01T13:30:00Z'), firstActionAt: null, closedAt: null }),
    ).toEqual({ firstActionDays: null, closeDays: null, responseDueAt: null });
  });

  it('falls back to the final deadline when the preset sets only that', () => {
    const { responseDueAt } = complaintTimings(
      { calendar, overall: { preset: 'custom', customFinalResponseDays: 1, escalateAtShare: 0.8 } },
      { createdAt: at('2024-03-01T13:30:00Z'), firstActionAt: null, closedAt: null },
    );
    expect(responseDueAt).toBe(at('2024-03-02T23:59:59.999Z'));
  });
});
