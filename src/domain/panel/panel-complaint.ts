import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import { regulatoryDeadlines, type RegulatoryDeadlines } from '../reminders/regulatory-deadlines';
import { departmentOf } from '../routing/advocate-of';

/** The complaint with what the index adds that the panel shows: the current step's due moment and the escalation level. */
export type PanelComplaintRow = Complaint & { readonly dueAt: number | null; readonly escalationLevel: number };

const REGULATORY_KINDS = ['response', 'final', 'summaryResolution'] as const satisfies readonly (keyof RegulatoryDeadlines)[];

/** When the current step falls due: none once closed, or while the index has no due moment (in triage, say). */
export const dueOf = (row: Pick<PanelComplaintRow, 'status' | 'dueAt'>) =>
  row.status === 'closed' || row.dueAt === null ? null : { at: row.dueAt, step: row.status };

/** The limits the configured preset sets for this complaint, in a fixed order; none without a preset. */
export const panelRegulatoryDeadlines = (config: Pick<AppConfig, 'calendar' | 'policy'>, createdAt: number) => {
  const limits = regulatoryDeadlines(config.calendar, config.policy.overall, createdAt);
  return REGULATORY_KINDS.flatMap((kind) => {
    const at = limits[kind];
    return at === undefined ? [] : [{ kind, at }];
  });
};

/**
 * What the panel shows of the complaint. A department the configuration no longer has is shown
 * by its id, so the panel still says where the complaint is.
 */
export const panelComplaint = (row: PanelComplaintRow, config: Pick<AppConfig, 'departments' | 'calendar' | 'policy'>) => ({
  issueKey: row.issueKey,
  status: row.status,
  resolution: row.resolution,
  department: row.departmentId === null ? null : { id: row.departmentId, name: departmentOf(config, row.departmentId)?.name ?? row.departmentId },
  responsibleAccountId: row.responsibleAccountId,
  channel: row.channel,
  anonymous: row.anonymous,
  measures: row.measures,
  measuresDeadline: row.measuresDeadline,
  actionTaken: row.actionTaken,
  compensation: row.compensation,
  satisfaction: row.satisfaction,
  consideredResolved: row.consideredResolved,
  returns: row.returns,
  reopens: row.reopens,
  followUpOf: row.followUpOf,
  due: dueOf(row),
  escalationLevel: row.escalationLevel,
  regulatoryDeadlines: panelRegulatoryDeadlines(config, row.createdAt),
});
