export type CsvCell = string | number | null;

// A text cell that starts like a formula is run by spreadsheets (CSV injection); service
// names are typed by customers on the portal, so such cells are written as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;

const field = (cell: CsvCell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * RFC 4180 CSV: fields separated by commas, each record ended by CRLF; a field holding a
 * comma, a quote, CR or LF is quoted and its quotes doubled. Null is an empty field.
 */
export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
