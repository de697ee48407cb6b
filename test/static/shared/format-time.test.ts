import { formatClock, formatDay, formatDuration, formatMoney, formatMoment, timeLeft } from '../../../static/shared/format-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('timeLeft', () => {
  it('counts what is left before the due moment', () => {
    expect(timeLeft(10 * HOUR, 7 * HOUR)).toEqual({ overdue: false, ms: 3 * HOUR });
  });

  it('counts by how much a passed due moment is overdue', () => {
    expect(timeLeft(7 * HOUR, 10 * HOUR)).toEqual({ overdue: true, ms: 3 * HOUR });
  });
});

describe('formatDuration', () => {
  it.each([
    ['en', 2 * DAY + 3 * HOUR + 5 * MINUTE, '2 days, 3 hours'],
    ['en', 1 * DAY + 20 * MINUTE, '1 day'],
    ['en', 5 * HOUR + 1 * MINUTE, '5 hours, 1 minute'],
    ['en', 5 * HOUR, '5 hours'],
    ['en', 30 * MINUTE, '30 minutes'],
    ['en', 10_000, '1 minute'],
    ['ru', 2 * DAY + 5 * HOUR, '2 дня 5 часов'],
    ['uk', 5 * DAY, '5 днів'],
  ] as const)('%s %d ms reads "%s"', (language, ms, expected) => {
    expect(formatDuration(language, ms).replace(/\s+/g, ' ')).toBe(expected);
  });
});

describe('dates and money', () => {
  const at = Date.UTC(2026, 11, 5, 14, 5);

  it('shows a moment in the given time zone and language', () => {
    expect(formatClock('en', at, 'Europe/Kyiv')).toMatch(/16:05|4:05/);
    expect(formatMoment('ru', at, 'UTC')).toContain('2026');
  });

  it('shows a calendar day as that day, whatever the time zone', () => {
    expect(formatDay('en', '2026-12-10')).toMatch(/10/);
    expect(formatDay('en', 'not-a-day')).toBe('not-a-day');
  });

  it('shows money in the configured currency, and the number when the code is unknown', () => {
    expect(formatMoney('en', 12.5, 'GBP')).toBe('£12.50');
    expect(formatMoney('en', 12.5, 'not a code')).toBe('12.5 not a code');
  });
});
