import type { PortalComplaint } from '../../src/contracts/resolver-contracts';
import type { Language } from '../../src/domain/language';
import { formatMoment } from '../shared/format-time';
import type { Translate } from '../shared/i18n/i18n-context';

/** What the customer may do now; an action not offered has no button at all. */
export type PortalAction = 'escalate' | 'confirm';

/** Where the complaint stands, said to a customer: no internal status, role or name. */
export interface Standing {
  /** The stage and since when. */
  readonly stage: string;
  /** The promised next step, or null once closed. */
  readonly next: { readonly step: string; readonly when: string; readonly overdue: boolean } | null;
  readonly regulatory: string | null;
  readonly anonymous: string | null;
  readonly escalated: string | null;
  readonly confirmed: string | null;
}

/** The lines of the complaint's standing, each translated and with its moments in the customer's time zone. */
export const standingOf = (complaint: PortalComplaint, t: Translate, language: Language, timeZone: string | undefined): Standing => {
  const at = (ms: number) => formatMoment(language, ms, timeZone);
  const { nextStep, escalation, outcome } = complaint;
  const confirmed = outcome.confirmed;
  return {
    stage: t(`portal.stage.${complaint.stage}`, { date: at(complaint.stageSince) }),
    next:
      nextStep === null
        ? null
        : {
            step: t(`portal.next.${nextStep.step}`),
            when: t(nextStep.overdue ? 'portal.next.overdue' : 'portal.next.due', { date: at(nextStep.dueAt) }),
            overdue: nextStep.overdue,
          },
    regulatory: complaint.regulatoryDeadline === null ? null : t('portal.regulatory', { date: at(complaint.regulatoryDeadline) }),
    anonymous: complaint.anonymous ? t('portal.anonymous') : null,
    escalated: escalation.escalatedAt === null ? null : t('portal.escalated', { date: at(escalation.escalatedAt) }),
    confirmed:
      confirmed === null
        ? null
        : confirmed.resolved && confirmed.satisfaction !== null
          ? t('portal.confirmed.rated', { date: at(confirmed.at), satisfaction: confirmed.satisfaction })
          : t(confirmed.resolved ? 'portal.confirmed.resolved' : 'portal.confirmed.notResolved', { date: at(confirmed.at) }),
  };
};

/** The actions the backend offers now: escalation on a ground it names, confirmation when it allows one. */
export const offeredActions = (complaint: PortalComplaint): PortalAction[] => [
  ...(complaint.escalation.grounds.length > 0 ? (['escalate'] as const) : []),
  ...(complaint.outcome.canConfirm ? (['confirm'] as const) : []),
];
