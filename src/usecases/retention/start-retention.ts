import type { AppConfig } from '../../domain/config/app-config.schema';
import { deletionHorizon } from '../../domain/retention/deletion-horizon';
import { retentionCutoff } from '../../domain/retention/retention-cutoff';
import type { Clock } from '../../ports/clock.port';
import { forgetClosedComplaints, type ForgetClosedComplaintsDeps, type ForgetOutcome } from './forget-closed-complaints';
import { trimClosedComplaints, type TrimClosedComplaintsDeps, type TrimOutcome } from './trim-closed-complaints';

export interface StartRetentionDeps extends TrimClosedComplaintsDeps, ForgetClosedComplaintsDeps {
  readonly store: TrimClosedComplaintsDeps['store'] & ForgetClosedComplaintsDeps['store'];
  readonly clock: Clock;
  readonly config: Pick<AppConfig, 'retentionMonths' | 'repeatWindowDays' | 'calendar'>;
}

export interface RetentionOutcome {
  readonly trim: TrimOutcome;
  readonly forget: ForgetOutcome;
}

/**
 * The daily retention run, after the monthly rollups: trims the complaints closed more than
 * `retentionMonths` ago, then deletes the index rows of trimmed ones closed before the horizon,
 * each as far as one invocation goes, leaving the rest to `trim` and `forget` jobs on the queue.
 * The moments are fixed here and travel with the jobs, so a chain that runs past midnight
 * finishes the day it began. A complaint trimmed by a queued job is deleted on a later day.
 */
export const startRetention = async (deps: StartRetentionDeps): Promise<RetentionOutcome> => {
  const now = deps.clock.now();
  const { retentionMonths, repeatWindowDays, calendar } = deps.config;
  const trim = await trimClosedComplaints(deps, retentionCutoff(now, retentionMonths));
  const forget = await forgetClosedComplaints(deps, deletionHorizon(now, { timeZone: calendar.timeZone, repeatWindowDays, retentionMonths }));
  return { trim, forget };
};
