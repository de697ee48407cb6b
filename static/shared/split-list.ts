/** Splits a comma-separated entry into trimmed, non-empty, de-duplicated items, keeping the first order. */
export const splitList = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  ),
];

/** The inverse of `splitList` for pre-filling a form field. */
export const joinList = (items: readonly string[]): string => items.join(', ');
