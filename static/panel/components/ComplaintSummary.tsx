import type { PanelView } from '../../../src/contracts/panel-view';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { formatDay, formatMoney, formatMoment } from '../../shared/format-time';
import { dueRows } from '../due-rows';
import { StatusLozenge } from '../../shared/components/StatusLozenge';
import { TitledSection } from '../../shared/components/TitledSection';
import { SummaryRows, type SummaryRow } from '../../shared/components/SummaryRows';

/** What everyone who may browse the complaint sees: where it stands, who has it, when what is due. */
export const ComplaintSummary = ({ view, timeZone }: { view: PanelView; timeZone: string | undefined }) => {
  const t = useT();
  const { language } = useLanguage();
  const { complaint, names } = view;
  const given = <T,>(value: T | null, row: (value: T) => SummaryRow): SummaryRow[] => (value === null ? [] : [row(value)]);
  const rows: SummaryRow[] = [
    { label: t('panel.summary.status'), value: <StatusLozenge status={complaint.status} /> },
    ...given(complaint.resolution, (r) => ({ label: t('panel.summary.resolution'), value: t(`panel.resolution.${r}`) })),
    { label: t('panel.summary.department'), value: complaint.department?.name ?? t('panel.summary.noDepartment') },
    {
      label: t('panel.summary.responsible'),
      value: complaint.responsibleAccountId === null ? t('panel.summary.nobody') : (names[complaint.responsibleAccountId] ?? t('trail.unknownPerson')),
    },
    ...dueRows(view, t, language, timeZone),
    ...complaint.regulatoryDeadlines.map((deadline) => ({
      label: t(`panel.summary.regulatory.${deadline.kind}`),
      value: formatMoment(language, deadline.at, timeZone),
    })),
    ...(complaint.escalationLevel > 0 ? [{ label: t('panel.summary.escalation'), value: complaint.escalationLevel }] : []),
    ...(complaint.returns > 0 ? [{ label: t('panel.summary.returns'), value: complaint.returns }] : []),
    ...(complaint.reopens > 0 ? [{ label: t('panel.summary.reopens'), value: complaint.reopens }] : []),
    ...given(complaint.measures, (m) => ({ label: t('panel.summary.measures'), value: m })),
    ...given(complaint.measuresDeadline, (d) => ({ label: t('panel.summary.measuresDeadline'), value: formatDay(language, d) })),
    ...given(complaint.actionTaken, (a) => ({ label: t('panel.summary.actionTaken'), value: a })),
    ...given(complaint.compensation, (c) => ({ label: t('panel.summary.compensation'), value: formatMoney(language, c, view.forms.currency) })),
    ...given(complaint.satisfaction, (s) => ({ label: t('panel.summary.satisfaction'), value: t('panel.summary.satisfactionValue', { rating: s }) })),
    ...given(complaint.consideredResolved, (r) => ({ label: t('panel.summary.consideredResolved'), value: t(r ? 'panel.yes' : 'panel.no') })),
    ...given(complaint.followUpOf, (key) => ({ label: t('panel.summary.followUpOf'), value: key })),
  ];
  return (
    <TitledSection title={t('panel.summary.heading')}>
      <SummaryRows rows={rows} />
    </TitledSection>
  );
};
