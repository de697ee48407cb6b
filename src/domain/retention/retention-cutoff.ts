/**
 * The moment before which a closed complaint's trail is trimmed: `months` calendar months before
 * `now`, in UTC (a day's difference at a month's end is nothing against months). A day the
 * earlier month lacks falls back to its last (31 March less one month is 28 or 29 February).
 */
export const retentionCutoff = (now: number, months: number): number => {
  const at = new Date(now);
  const monthIndex = at.getUTCFullYear() * 12 + at.getUTCMonth() - months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(at.getUTCDate(), lastDay), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds());
};
