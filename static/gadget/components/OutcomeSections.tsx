import { Text } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import type { SectionProps } from './OpenAndFlowSections';
import { TitledSection } from '../../shared/components/TitledSection';
import { TrendChart } from './TrendChart';

const SCORES = [1, 2, 3, 4, 5] as const;

/** The customers' answers on the call after the measures: only complaints closed as done have them. */
export const SatisfactionSection = ({ view, format }: SectionProps) => {
  const t = useT();
  const { satisfaction, period } = view.figures;
  const done = { kind: 'closed' as const, from: period.from, to: period.to, done: true };
  const scores = SCORES.map((score) => ({ label: String(score), value: satisfaction.distribution[score], text: format.count(satisfaction.distribution[score]) }));
  return (
    <TitledSection title={t('gadget.section.satisfaction')}>
      <FigureTable
        id="gadget-satisfaction-figures"
        caption={t('gadget.section.satisfaction')}
        columns={[t('gadget.column.figure'), t('gadget.column.value')]}
        rows={[
          { label: t('gadget.metric.satisfactionAverage'), cells: [{ text: format.decimal(satisfaction.average), search: done }] },
          { label: t('gadget.metric.satisfactionShareFourOrFive'), cells: [{ text: format.share(satisfaction.shareFourOrFive), search: done }] },
          { label: t('gadget.metric.consideredResolvedShare'), cells: [{ text: format.share(satisfaction.shareConsideredResolved), search: done }] },
        ]}
      />
      <FigureTable
        id="gadget-satisfaction-scores"
        caption={t('gadget.metric.satisfactionDistribution')}
        columns={[t('gadget.column.score'), t('gadget.column.count')]}
        rows={scores.map((score) => ({ label: score.label, cells: [{ text: score.text }] }))}
      />
      <BarChart title={t('gadget.metric.satisfactionDistribution')} bars={scores} />
    </TitledSection>
  );
};

/** Compensation of the complaints closed in the period, in the configured currency. */
export const CompensationSection = ({ view, format, departmentName }: SectionProps) => {
  const t = useT();
  const { compensation } = view.figures;
  return (
    <TitledSection title={t('gadget.section.compensation')}>
      <FigureTable
        id="gadget-compensation-departments"
        caption={t('gadget.metric.compensationByDepartment')}
        columns={[t('gadget.column.department'), t('gadget.column.amount')]}
        rows={[
          ...compensation.byDepartment.map((row) => ({ label: departmentName(row.key), cells: [{ text: format.money(row.amount) }] })),
          { label: t('gadget.metric.compensationTotal'), cells: [{ text: format.money(compensation.total) }] },
        ]}
      />
      {compensation.byDepartment.length === 0 && <Text as="p">{t('gadget.compensation.none')}</Text>}
    </TitledSection>
  );
};

/** Month by month, each month cut to the period: registered, closed and the average satisfaction. */
export const TrendSection = ({ view, format }: SectionProps) => {
  const t = useT();
  const { trend } = view.figures;
  return (
    <TitledSection title={t('gadget.section.trend')}>
      <TrendChart title={t('gadget.section.trend')} months={trend} monthLabel={format.monthShort} />
      <FigureTable
        id="gadget-trend-table"
        caption={t('gadget.section.trend')}
        columns={[t('gadget.column.month'), t('gadget.metric.registered'), t('gadget.metric.closed'), t('gadget.metric.satisfactionAverage')]}
        rows={trend.map((m) => ({
          label: format.month(m.month),
          cells: [
            { text: format.count(m.registered), search: { kind: 'registered', from: m.from, to: m.to } },
            { text: format.count(m.closed), search: { kind: 'closed', from: m.from, to: m.to } },
            { text: format.decimal(m.averageSatisfaction), search: { kind: 'closed', from: m.from, to: m.to, done: true } },
          ],
        }))}
      />
    </TitledSection>
  );
};
