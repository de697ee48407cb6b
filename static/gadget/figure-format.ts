/** How the gadget writes its numbers: in the user's locale, money in the configured currency. */
export interface FigureFormat {
  readonly count: (n: number) => string;
  /** An average or a duration; null (nothing to measure) as a dash. */
  readonly decimal: (n: number | null) => string;
  /** So many per closed complaint, to two decimals. */
  readonly rate: (n: number | null) => string;
  /** A share from 0 to 1 as a percentage. */
  readonly share: (n: number | null) => string;
  readonly money: (amount: number) => string;
  /** A `yyyy-MM` month as the locale names it, in no time zone: the month is already the business one. */
  readonly month: (month: string) => string;
  /** The same month by its short name alone, for a chart's axis. */
  readonly monthShort: (month: string) => string;
}

/** Shown where there was nothing to measure, such as an average over no complaints. */
export const NOTHING = '—';

const orNothing =
  (format: (n: number) => string) =>
  (n: number | null): string =>
    n === null ? NOTHING : format(n);

/** A locale Intl does not know falls back to English rather than breaking the view. */
const supported = (locale: string): string => (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en');

export const figureFormat = (userLocale: string, currency: string): FigureFormat => {
  const locale = supported(userLocale.replace('_', '-'));
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const firstDay = (yyyyMm: string): number => Date.parse(`${yyyyMm}-01T00:00:00Z`);
  return {
    count: (n) => count.format(n),
    decimal: orNothing((n) => decimal.format(n)),
    rate: orNothing((n) => rate.format(n)),
    share: orNothing((n) => share.format(n)),
    money: (amount) => money.format(amount),
    month: (yyyyMm) => month.format(firstDay(yyyyMm)),
    monthShort: (yyyyMm) => monthShort.format(firstDay(yyyyMm)),
  };
};
