import { AppError } from '../../../domain/app-error';
import { STATUSES, type ComplaintStatus } from '../../../domain/complaint';
import { COMPLAINT_STATUSES, sameName } from '../../../jira/provisioning/complaint-statuses';
import type { StatusSetup } from '../../../ports/setup/status-setup.port';
import type { ExistingStatus } from '../../../ports/setup/setup-shapes';
import type { RecordChange } from './record-change';

export type ComplaintStatuses = Readonly<Record<ComplaintStatus, ExistingStatus>>;

/** The four statuses exist, reusing any of the same name and category. Returns them by complaint status. */
export const ensureComplaintStatuses = async (jira: StatusSetup, record: RecordChange): Promise<ComplaintStatuses> => {
  const existing = await jira.statuses();
  const found = new Map<ComplaintStatus, ExistingStatus>();
  for (const status of STATUSES) {
    const spec = COMPLAINT_STATUSES[status];
    const match = existing.find((s) => sameName(s.name, spec.name));
    if (match === undefined) continue;
    if (match.category !== spec.category) {
      throw new AppError(
        'CONFLICT',
        `Jira already has a status "${match.name}" in the ${match.category} category; the complaint workflow needs it in ${spec.category}. Rename that status and run Set up project again.`,
      );
    }
    found.set(status, match);
  }
  const missing = STATUSES.filter((status) => !found.has(status));
  if (missing.length > 0) {
    const created = await jira.createStatuses(missing.map((status) => COMPLAINT_STATUSES[status]));
    for (const status of missing) {
      const made = created.find((s) => sameName(s.name, COMPLAINT_STATUSES[status].name));
      if (made === undefined) throw new AppError('JIRA_ERROR', `Jira did not return the new status "${COMPLAINT_STATUSES[status].name}"`);
      found.set(status, made);
      record({ action: 'created', entity: 'status', name: made.name });
    }
  }
  const pick = (status: ComplaintStatus): ExistingStatus => {
    const s = found.get(status);
    if (s === undefined) throw new AppError('INTERNAL', `Status ${status} was neither found nor created`);
    return s;
  };
  return { registered: pick('registered'), in_progress: pick('in_progress'), measures_done: pick('measures_done'), closed: pick('closed') };
};
