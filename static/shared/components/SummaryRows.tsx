import { Inline, Text } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';

export interface SummaryRow {
  readonly label: string;
  readonly value: ReactNode;
}

/** Label and value pairs as a description list, one pair a line. */
export const SummaryRows = ({ rows }: { rows: readonly SummaryRow[] }) => (
  <dl style={{ margin: 0 }}>
    {rows.map((row, index) => (
      <Inline key={`${String(index)}-${row.label}`} space="space.100" alignBlock="baseline" shouldWrap>
        <dt>
          <Text weight="medium">{row.label}</Text>
        </dt>
        <dd style={{ margin: 0 }}>
          <Text>{row.value}</Text>
        </dd>
      </Inline>
    ))}
  </dl>
);
