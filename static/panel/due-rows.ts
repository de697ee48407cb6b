import type { PanelView } from '../../src/contracts/panel-view';
import type { Language } from '../../src/domain/language';
import type { Translate } from '../shared/i18n/i18n-context';
import { formatDuration, formatMoment, timeLeft } from '../shared/format-time';
import type { SummaryRow } from '../shared/components/SummaryRows';

/** The next due moment and the time left, or by how much it is overdue, counted from the server's clock. */
export const dueRows = (view: PanelView, t: Translate, language: Language, timeZone: string | undefined): SummaryRow[] => {
  const due = view.complaint.due;
  if (due === null) return [];
  const left = timeLeft(due.at, view.now);
  const duration = formatDuration(language, left.ms);
  return [
    {
      label: t(`panel.summary.due.${due.step}`),
      value: `${formatMoment(language, due.at, timeZone)} (${t(left.overdue ? 'panel.summary.overdue' : 'panel.summary.timeLeft', { duration })})`,
    },
  ];
};
