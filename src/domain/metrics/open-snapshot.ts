import { isOpen, type ComplaintStatus } from '../complaint';
import { countBy, type CountRow } from './count-rows';
import { departmentKey, type MetricsRecord } from './metrics-query';

export type OpenStatus = Exclude<ComplaintStatus, 'closed'>;

/** Open statuses in workflow order. */
export const OPEN_STATUSES = ['registered', 'in_progress', 'measures_done'] as const satisfies readonly OpenStatus[];

/** Open complaints as they stand at one moment; the period plays no part. */
export interface OpenSnapshot {
  readonly total: number;
  readonly byStatus: Readonly<Record<OpenStatus, number>>;
  readonly byDepartment: readonly CountRow[];
  readonly overdue: number;
  readonly escalated: number;
}

/**
 * Open, and the due moment of its current step is strictly before `now`: a step due at 17:00
 * is still on time at 17:00.
 */
export const isOverdue = (c: MetricsRecord, now: number): boolean =>
  isOpen(c) && c.dueAt !== null && c.dueAt < now;

/** Open and escalated at least once in its current status. */
export const isEscalated = (c: MetricsRecord): boolean => isOpen(c) && c.escalationLevel > 0;

export const openSnapshot = (records: readonly MetricsRecord[], now: number): OpenSnapshot => {
  const open = records.filter(isOpen);
  const inStatus = (status: OpenStatus): number => open.filter((c) => c.status === status).length;
  return {
    total: open.length,
    byStatus: {
      registered: inStatus('registered'),
      in_progress: inStatus('in_progress'),
      measures_done: inStatus('measures_done'),
    },
    byDepartment: countBy(open, departmentKey),
    overdue: open.filter((c) => isOverdue(c, now)).length,
    escalated: open.filter(isEscalated).length,
  };
};
