import { Box, Inline, Text } from '@atlaskit/primitives/compiled';
import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { useT } from '../../shared/i18n/i18n-context';

type MonthFigures = GadgetFigures['figures']['trend'][number];

const WIDTH = 320;
const HEIGHT = 120;
const AXIS = 16;
const MAX_SCORE = 5;

const COLOURS = {
  registered: tokenWithDefault('color.chart.categorical.1'),
  closed: tokenWithDefault('color.chart.categorical.2'),
  satisfaction: tokenWithDefault('color.chart.categorical.3'),
} as const;

const Key = ({ colour, label }: { colour: string; label: string }) => (
  <Inline space="space.050" alignBlock="center">
    <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, background: colour, borderRadius: 2 }} />
    <Text size="small">{label}</Text>
  </Inline>
);

/**
 * Registered and closed as a pair of columns a month, and the average satisfaction as a line on
 * its own 1 to 5 scale. A picture of the trend table, which a screen reader is sent to instead.
 */
export const TrendChart = ({ title, months, monthLabel }: { title: string; months: readonly MonthFigures[]; monthLabel: (month: string) => string }) => {
  const t = useT();
  const slot = WIDTH / Math.max(1, months.length);
  const column = Math.min(14, slot / 3);
  const plot = HEIGHT - AXIS;
  const max = Math.max(1, ...months.flatMap((m) => [m.registered, m.closed]));
  const scale = (n: number): number => (n / max) * (plot - 4);
  const scoreY = (score: number): number => plot - (score / MAX_SCORE) * (plot - 4);
  const points = months.flatMap((m, i) => (m.averageSatisfaction === null ? [] : [{ x: i * slot + slot / 2, y: scoreY(m.averageSatisfaction) }]));
  // Every month's name fits up to six months; beyond that every other, or every third.
  const labelEvery = Math.ceil(months.length / 6);
  const text = { fill: tokenWithDefault('color.text.subtle'), font: tokenWithDefault('font.body.small') };
  return (
    <Box>
      <svg role="img" aria-label={t('gadget.chart.alt', { title })} viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} width="100%" style={{ maxWidth: WIDTH * 1.5 }}>
        <line x1={0} x2={WIDTH} y1={plot} y2={plot} stroke={tokenWithDefault('color.border')} />
        {months.map((m, i) => {
          const centre = i * slot + slot / 2;
          return (
            <g key={m.month}>
              <rect x={centre - column} y={plot - scale(m.registered)} width={column} height={scale(m.registered)} fill={COLOURS.registered} />
              <rect x={centre} y={plot - scale(m.closed)} width={column} height={scale(m.closed)} fill={COLOURS.closed} />
              {i % labelEvery === 0 && (
                <text x={centre} y={HEIGHT - 3} textAnchor="middle" style={text}>
                  {monthLabel(m.month)}
                </text>
              )}
            </g>
          );
        })}
        {points.length > 1 && <polyline points={points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')} fill="none" stroke={COLOURS.satisfaction} strokeWidth={2} />}
        {points.map((p) => (
          <circle key={p.x} cx={p.x} cy={p.y} r={3} fill={COLOURS.satisfaction} />
        ))}
      </svg>
      <Inline space="space.150" shouldWrap>
        <Key colour={COLOURS.registered} label={t('gadget.metric.registered')} />
        <Key colour={COLOURS.closed} label={t('gadget.metric.closed')} />
        <Key colour={COLOURS.satisfaction} label={t('gadget.chart.satisfactionScale')} />
      </Inline>
    </Box>
  );
};
