import type { AppConfig } from '../../domain/config/app-config.schema';
import { retentionCutoff } from '../../domain/retention/retention-cutoff';
import type { Clock } from '../../ports/clock.port';
import { trimClosedComplaints, type TrimClosedComplaintsDeps, type TrimOutcome } from './trim-closed-complaints';

export interface StartRetentionDeps extends TrimClosedComplaintsDeps {
  readonly clock: Clock;
  readonly config: Pick<AppConfig, 'retentionMonths'>;
}

/**
 * The daily retention run: trims the complaints closed more than `retentionMonths` ago, as far as
 * one invocation goes, and leaves the rest to `trim` jobs on the queue. The cutoff is fixed here
 * and travels with the jobs, so a chain that runs past midnight finishes the day it began.
 */
export const startRetention = (deps: StartRetentionDeps): Promise<TrimOutcome> =>
  trimClosedComplaints(deps, retentionCutoff(deps.clock.now(), deps.config.retentionMonths));
