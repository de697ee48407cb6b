import type { Language } from '../../src/domain/language';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How far a due moment is from now: what is left, or by how much it is overdue. */
export interface TimeLeft {
  readonly overdue: boolean;
  /** Always positive or zero. */
  readonly ms: number;
}

export const timeLeft = (dueAt: number, now: number): TimeLeft => ({ overdue: dueAt < now, ms: Math.abs(dueAt - now) });

const unit = (language: Language, name: 'day' | 'hour' | 'minute', amount: number): string =>
  new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(amount);

/**
 * A span in the two largest whole units that matter ("2 days, 3 hours", "5 minutes"), with the
 * language's own plural forms from Intl; under a minute counts as one, so "overdue by" never reads zero.
 */
export const formatDuration = (language: Language, ms: number): string => {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.max(1, Math.floor((ms % HOUR) / MINUTE));
  const parts =
    days > 0
      ? [unit(language, 'day', days), ...(hours > 0 ? [unit(language, 'hour', hours)] : [])]
      : hours > 0
        ? [unit(language, 'hour', hours), ...(ms % HOUR >= MINUTE ? [unit(language, 'minute', minutes)] : [])]
        : [unit(language, 'minute', minutes)];
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts);
};

/** A moment as a date and time in the user's language and Jira time zone. */
export const formatMoment = (language: Language, at: number, timeZone?: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);

/** A moment's time of day only ("14:05"). */
export const formatClock = (language: Language, at: number, timeZone?: string): string =>
  new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }).format(at);

/** A calendar date kept as `YYYY-MM-DD`: it names a day, not a moment, so no time zone shifts it. */
export const formatDay = (language: Language, day: string): string => {
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(at) ? day : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
};

/** An amount of money in the configured currency; an unknown code still shows the number. */
export const formatMoney = (language: Language, amount: number, currency: string): string => {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`;
  }
};
