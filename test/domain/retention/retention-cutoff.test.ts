import { retentionCutoff } from '../../../src/domain/retention/retention-cutoff';

describe('retentionCutoff', () => {
  it('goes back whole calendar months, keeping the time of day', () => {
    expect(retentionCutoff(Date.UTC(2026, 11, 5, 13, 30), 6)).toBe(Date.UTC(2026, 5, 5, 13, 30));
    expect(retentionCutoff(Date.UTC(2026, 1, 10), 14)).toBe(Date.UTC(2024, 11, 10));
  });

  it('falls back to the last day of a shorter month', () => {
    expect(retentionCutoff(Date.UTC(2026, 2, 31, 8), 1)).toBe(Date.UTC(2026, 1, 28, 8));
    expect(retentionCutoff(Date.UTC(2028, 2, 31), 1)).toBe(Date.UTC(2028, 1, 29));
    expect(retentionCutoff(Date.UTC(2026, 7, 31), 6)).toBe(Date.UTC(2026, 1, 28));
  });
});
