import type { Language } from '../../src/domain/language';

/** A 0..1 share as the whole percent a person reads and types. */
export const wholePercent = (share: number): number => Math.round(share * 100);

/** "82%" in English and Ukrainian, "82 %" in Russian: each language's own way of writing a percentage. */
export const formatPercent = (language: Language, share: number): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(wholePercent(share) / 100);
