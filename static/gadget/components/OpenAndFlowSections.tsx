import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { OPEN_STATUSES } from '../../../src/domain/metrics/open-snapshot';
import { useT } from '../../shared/i18n/i18n-context';
import type { FigureFormat } from '../figure-format';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { TitledSection } from '../../shared/components/TitledSection';

export interface SectionProps {
  readonly view: GadgetFigures;
  readonly format: FigureFormat;
  readonly departmentName: (key: string) => string;
}

/** Open complaints as they stand now, by status and by department; overdue and escalated through the app's JQL function. */
export const OpenSection = ({ view, format, departmentName }: SectionProps) => {
  const t = useT();
  const { open } = view.figures;
  const byStatus = OPEN_STATUSES.map((status) => ({ status, label: t(`panel.status.${status}`), count: open.byStatus[status] }));
  return (
    <TitledSection title={t('gadget.section.open')}>
      <FigureTable
        id="gadget-open-status"
        caption={t('gadget.metric.openByStatus')}
        columns={[t('gadget.column.status'), t('gadget.column.count')]}
        rows={[
          ...byStatus.map(({ status, label, count }) => ({ label, cells: [{ text: format.count(count), search: { kind: 'open' as const, status } }] })),
          { label: t('gadget.metric.openTotal'), cells: [{ text: format.count(open.total), search: { kind: 'open' } }] },
          { label: t('gadget.metric.overdueNow'), cells: [{ text: format.count(open.overdue), search: { kind: 'listed', figure: 'overdue', at: view.figures.now } }] },
          { label: t('gadget.metric.escalatedNow'), cells: [{ text: format.count(open.escalated), search: { kind: 'listed', figure: 'escalated', at: view.figures.now } }] },
        ]}
      />
      <BarChart title={t('gadget.metric.openByStatus')} bars={byStatus.map(({ label, count }) => ({ label, value: count, text: format.count(count) }))} />
      <FigureTable
        id="gadget-open-department"
        caption={t('gadget.metric.openByDepartment')}
        columns={[t('gadget.column.department'), t('gadget.column.count')]}
        rows={open.byDepartment.map((row) => ({
          label: departmentName(row.key),
          cells: [{ text: format.count(row.count), search: { kind: 'open', department: row.key } }],
        }))}
      />
      {open.byDepartment.length > 0 && (
        <BarChart
          title={t('gadget.metric.openByDepartment')}
          bars={open.byDepartment.map((row) => ({ label: departmentName(row.key), value: row.count, text: format.count(row.count) }))}
        />
      )}
    </TitledSection>
  );
};

/** What came in and went out in the period, and how long it took; time to first action through the app's JQL function. */
export const FlowSection = ({ view, format }: SectionProps) => {
  const t = useT();
  const { figures } = view;
  const period = { from: figures.period.from, to: figures.period.to };
  const closed = { kind: 'closed' as const, ...period };
  const started = { kind: 'listed' as const, figure: 'firstAction' as const, period };
  return (
    <TitledSection title={t('gadget.section.flow')}>
      <FigureTable
        id="gadget-flow-counts"
        caption={t('gadget.section.flow')}
        columns={[t('gadget.column.figure'), t('gadget.column.value')]}
        rows={[
          { label: t('gadget.metric.registered'), cells: [{ text: format.count(figures.registered), search: { kind: 'registered', ...period } }] },
          { label: t('gadget.metric.closed'), cells: [{ text: format.count(figures.rates.closed), search: closed }] },
          { label: t('gadget.metric.escalatedByCustomers'), cells: [{ text: format.count(figures.escalatedByCustomers) }] },
        ]}
      />
      <FigureTable
        id="gadget-timing"
        caption={t('gadget.section.timing')}
        columns={[t('gadget.column.figure'), t('gadget.column.value')]}
        rows={[
          { label: t('gadget.metric.firstActionMedian'), cells: [{ text: format.decimal(figures.timeToFirstAction.median), search: started }] },
          { label: t('gadget.metric.firstActionP90'), cells: [{ text: format.decimal(figures.timeToFirstAction.p90), search: started }] },
          { label: t('gadget.metric.closeMedian'), cells: [{ text: format.decimal(figures.timeToClose.median), search: closed }] },
          { label: t('gadget.metric.closeP90'), cells: [{ text: format.decimal(figures.timeToClose.p90), search: closed }] },
        ]}
      />
      <FigureTable
        id="gadget-rates"
        caption={t('gadget.section.rates')}
        columns={[t('gadget.column.figure'), t('gadget.column.value')]}
        rows={[
          { label: t('gadget.metric.returnRate'), cells: [{ text: format.rate(figures.rates.returnRate), search: closed }] },
          { label: t('gadget.metric.reopenRate'), cells: [{ text: format.rate(figures.rates.reopenRate), search: closed }] },
          { label: t('gadget.metric.followUpRate'), cells: [{ text: format.share(figures.rates.followUpRate), search: closed }] },
        ]}
      />
    </TitledSection>
  );
};
