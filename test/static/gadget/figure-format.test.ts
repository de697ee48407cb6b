import { figureFormat, NOTHING } from '../../../static/gadget/figure-format';

describe('figureFormat', () => {
  it('writes numbers in the user’s locale and money in the configured currency', () => {
    const en = figureFormat('en-US', 'GBP');
    expect([en.count(1234), en.decimal(3.84), en.rate(1 / 3), en.share(0.6), en.money(175.5), en.month('2024-03'), en.monthShort('2024-03')]).toEqual(['1,234', '3.8', '0.33', '60%', '£175.50', 'Mar 2024', 'Mar']);
    const uk = figureFormat('uk-UA', 'UAH');
    expect(uk.decimal(3.84)).toBe('3,8');
    expect(uk.money(1500)).toMatch(/^1\s500,00\s₴$/);
  });

  it('writes a dash where there was nothing to measure', () => {
    const f = figureFormat('en-US', 'EUR');
    expect([f.decimal(null), f.rate(null), f.share(null)]).toEqual([NOTHING, NOTHING, NOTHING]);
  });

  it('falls back to English for a locale the browser does not know, and reads Jira’s underscore form', () => {
    expect(figureFormat('xx_YY', 'EUR').count(1234)).toBe('1,234');
    expect(figureFormat('ru_RU', 'EUR').decimal(2.5)).toBe('2,5');
  });
});
