import { indexHorizon } from '../metrics/index-horizon';
import { retentionCutoff } from './retention-cutoff';

export interface HorizonSettings {
  readonly timeZone: string;
  readonly repeatWindowDays: number;
  readonly retentionMonths: number;
}

/**
 * The moment before which a closed complaint leaves the index: the index horizon, or the
 * retention's cutoff if that is earlier, so that a retention longer than the gadget's reach keeps
 * its complaints' rows as long as their trails.
 */
export const deletionHorizon = (now: number, { timeZone, repeatWindowDays, retentionMonths }: HorizonSettings): number =>
  Math.min(indexHorizon(now, timeZone, repeatWindowDays), retentionCutoff(now, retentionMonths));
