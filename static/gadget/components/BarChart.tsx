import { tokenWithDefault } from '../../shared/components/token-with-default';
import { useT } from '../../shared/i18n/i18n-context';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as the table writes it. */
  readonly text: string;
}

const ROW = 24;
const WIDTH = 320;
const LABEL_WIDTH = 120;
const BAR_START = LABEL_WIDTH + 8;
const BAR_SPAN = WIDTH - BAR_START - 40;

/** Long names are cut in the picture only; the table beside it has them whole. */
const short = (label: string): string => (label.length > 18 ? `${label.slice(0, 17)}…` : label);

/**
 * Horizontal bars drawn by React as SVG, in the theme's chart colours. It is a picture of the
 * table named `title`, and says so to a screen reader rather than repeating every number.
 */
export const BarChart = ({ title, bars }: { title: string; bars: readonly Bar[] }) => {
  const t = useT();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const text = { fill: tokenWithDefault('color.text.subtle'), font: tokenWithDefault('font.body.small') };
  return (
    <svg role="img" aria-label={t('gadget.chart.alt', { title })} viewBox={`0 0 ${String(WIDTH)} ${String(bars.length * ROW)}`} width="100%" style={{ maxWidth: WIDTH }}>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const length = (bar.value / max) * BAR_SPAN;
        return (
          <g key={`${String(index)}-${bar.label}`}>
            <text x={LABEL_WIDTH} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" style={text}>
              {short(bar.label)}
            </text>
            <rect x={BAR_START} y={y + 4} width={length} height={ROW - 8} rx={2} fill={tokenWithDefault('color.chart.categorical.1')} />
            <text x={BAR_START + length + 4} y={y + ROW / 2} dominantBaseline="middle" style={text}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
