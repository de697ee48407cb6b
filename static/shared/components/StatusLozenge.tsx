import type { PanelView } from '../../../src/contracts/panel-view';
import { useT } from '../i18n/i18n-context';
import { Lozenge, type LozengeTone } from './Lozenge';

type ComplaintStatus = PanelView['complaint']['status'];

const TONES = {
  registered: ['color.background.neutral', 'color.text'],
  in_progress: ['color.background.information', 'color.text.information'],
  measures_done: ['color.background.discovery', 'color.text.discovery'],
  closed: ['color.background.success', 'color.text.success'],
} as const satisfies Record<ComplaintStatus, LozengeTone>;

/** The complaint's status as a lozenge. */
export const StatusLozenge = ({ status }: { status: ComplaintStatus }) => {
  const t = useT();
  return <Lozenge tone={TONES[status]}>{t(`panel.status.${status}`)}</Lozenge>;
};
