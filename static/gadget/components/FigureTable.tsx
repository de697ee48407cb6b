import { Box } from '@atlaskit/primitives/compiled';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { FigureValue } from './FigureValue';
import type { FigureSearch } from '../figure-search';

export interface FigureCell {
  readonly text: string;
  readonly search?: FigureSearch;
}

export interface FigureRow {
  /** The row's header cell: what the numbers of the row are about. */
  readonly label: string;
  readonly cells: readonly FigureCell[];
}

const cellStyle = {
  padding: `${tokenWithDefault('space.050')} ${tokenWithDefault('space.100')}`,
  borderBlockEnd: `1px solid ${tokenWithDefault('color.border')}`,
  textAlign: 'start',
} as const;

const numberStyle = { ...cellStyle, textAlign: 'end', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The figures as a real table: a caption that names it, column headers, and a header cell per
 * row, so that a screen reader says what each number is. Charts beside it point to it.
 */
export const FigureTable = ({ id, caption, columns, rows }: { id: string; caption: string; columns: readonly string[]; rows: readonly FigureRow[] }) => {
  return (
    <Box>
      <table id={id} style={{ borderCollapse: 'collapse', width: '100%', font: tokenWithDefault('font.body') }}>
        <caption style={{ textAlign: 'start', font: tokenWithDefault('font.heading.xsmall'), paddingBlockEnd: tokenWithDefault('space.050') }}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" style={index === 0 ? cellStyle : numberStyle}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" style={{ ...cellStyle, fontWeight: 'normal' }}>
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={`${String(index)}-${cell.text}`} style={numberStyle}>
                  <FigureValue text={cell.text} {...(cell.search === undefined ? {} : { search: cell.search })} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
};
