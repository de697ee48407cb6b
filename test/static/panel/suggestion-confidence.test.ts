import { confidenceBand } from '../../../static/panel/suggestion-confidence';
import { formatPercent, wholePercent } from '../../../static/shared/percent';

describe('confidenceBand', () => {
  it.each([
    [0.99, 'high'],
    [0.9, 'high'],
    [0.895, 'high'], // shown as 90%, so called high like the number beside it
    [0.894, 'medium'],
    [0.6, 'medium'],
    [0.594, 'low'],
    [0.1, 'low'],
  ] as const)('calls %s %s', (confidence, band) => {
    expect(confidenceBand(confidence)).toBe(band);
  });
});

describe('percentages', () => {
  it('round a share to the whole percent a person reads', () => {
    expect([wholePercent(0.823), wholePercent(0.5), wholePercent(0.995)]).toEqual([82, 50, 100]);
  });

  it("write it each language's way", () => {
    expect(formatPercent('en', 0.823)).toBe('82%');
    expect(formatPercent('ru', 0.823)).toMatch(/^82\s%$/);
    expect(formatPercent('uk', 0.823)).toMatch(/^82\s?%$/);
  });
});
