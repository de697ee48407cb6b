import { toCsv } from '../../../src/domain/metrics/csv';

describe('toCsv', () => {
  it.each([
    { name: 'plain text', cell: 'Billing', field: 'Billing' },
    { name: 'a comma', cell: 'Billing, North', field: '"Billing, North"' },
    { name: 'quotes, doubled', cell: 'The "fast" lane', field: '"The ""fast"" lane"' },
    { name: 'a line feed', cell: 'two\nlines', field: '"two\nlines"' },
    { name: 'a carriage return', cell: 'two\r\nlines', field: '"two\r\nlines"' },
    { name: 'an empty string', cell: '', field: '' },
    { name: 'null, as an empty field', cell: null, field: '' },
    { name: 'a number', cell: 25.5, field: '25.5' },
    { name: 'a negative number, not a formula', cell: -2, field: '-2' },
    { name: 'Cyrillic', cell: 'Відділ', field: 'Відділ' },
    { name: 'a formula', cell: '=SUM(A1:A9)', field: "'=SUM(A1:A9)" },
    { name: 'a plus sign', cell: '+44 20', field: "'+44 20" },
    { name: 'a minus sign', cell: '-x', field: "'-x" },
    { name: 'an at sign', cell: '@cmd', field: "'@cmd" },
    { name: 'a leading tab', cell: '\tx', field: "'\tx" },
    { name: 'a formula with a comma, guarded then quoted', cell: '=A1,B1', field: `"'=A1,B1"` },
  ])('writes $name', ({ cell, field }) => {
    expect(toCsv([[cell]])).toBe(`${field}\r\n`);
  });

  it('separates fields by commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['metric', 'value'],
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('metric,value\r\na,1\r\nb,\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
