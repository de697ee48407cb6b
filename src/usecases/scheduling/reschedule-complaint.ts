import { AppError } from '../../domain/app-error';
import type { Complaint, TrailEntry } from '../../domain/complaint';
import { scheduleOf } from '../../domain/reminders/schedule-of';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { Clock } from '../../ports/clock.port';
import type { ComplaintRecord, Store } from '../../ports/store.port';

const MAX_TRIES = 5;

/** What computing a complaint's schedule needs: the index, the time, and the policy with its calendar. */
export interface ScheduleDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: Pick<AppConfig, 'policy' | 'calendar'>;
}

/**
 * Writes a complaint's schedule from its current row and trail, after `change` (if any) is
 * applied to the row. Re-reads and tries again when someone else wrote the row meanwhile, so
 * what they wrote is kept. Returns the row as written.
 */
export const rescheduleComplaint = async (
  deps: ScheduleDeps,
  issueId: string,
  change: (row: ComplaintRecord) => Partial<Complaint & Pick<ComplaintRecord, 'routedAt' | 'sharedMeasures'>> = () => ({}),
  /** The row and trail as the caller just read and wrote them, which spares the first reads. */
  known?: { readonly row: ComplaintRecord; readonly trail: readonly TrailEntry[] },
): Promise<ComplaintRecord> => {
  const { store, clock, config } = deps;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const row = attempt === 1 && known !== undefined ? known.row : await store.getComplaint(issueId);
    if (row === null) throw new AppError('INTERNAL', `Complaint ${issueId} is not in the index`);
    const changed = { ...row, ...change(row) };
    const trail = attempt === 1 && known !== undefined ? known.trail : await store.trailOf(issueId);
    const schedule = scheduleOf({ complaint: changed, trail, policy: config.policy, calendar: config.calendar, now: clock.now() });
    const next: ComplaintRecord = { ...changed, ...schedule, version: row.version + 1 };
    if (await store.saveComplaint(next, row.version)) return next;
  }
  throw new AppError('CONFLICT', `The index row of complaint ${issueId} kept changing`);
};
