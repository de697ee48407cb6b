import type { QueueReason } from '../../../src/contracts/resolver-contracts';
import { Lozenge, type LozengeTone } from '../../shared/components/Lozenge';
import { useT } from '../../shared/i18n/i18n-context';

// Red for what is already late or escalated, amber for what is about to be, calmer tones for the rest.
const TONES = {
  escalated: ['color.background.danger', 'color.text.danger'],
  overdue: ['color.background.danger', 'color.text.danger'],
  triage: ['color.background.discovery', 'color.text.discovery'],
  call_due: ['color.background.information', 'color.text.information'],
  due_soon: ['color.background.warning', 'color.text.warning'],
  rework: ['color.background.neutral', 'color.text'],
} as const satisfies Record<QueueReason, LozengeTone>;

/** Why the complaint is in the queue, as a lozenge. */
export const ReasonLozenge = ({ reason }: { reason: QueueReason }) => {
  const t = useT();
  return <Lozenge tone={TONES[reason]}>{t(`queue.reason.${reason}`)}</Lozenge>;
};
