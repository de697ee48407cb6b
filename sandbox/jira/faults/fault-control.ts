import type { FaultControl, FaultSettings } from '../emulator.types';
import { JiraHttpError, jiraError } from '../http/jira-error';
import { seededRandom } from './seeded-random';

const NO_FAULTS: FaultSettings = { rate429: 0, rate500: 0, retryAfterSeconds: 1, delayMs: 0, seed: 1 };

export interface FaultInjector extends FaultControl {
  /** Delay for this call and the fault to answer with, if any; draws one number per call. */
  next(): { readonly delayMs: number; readonly fault: JiraHttpError | null };
}

const clampRate = (rate: number): number => Math.min(1, Math.max(0, rate));

export function faultInjector(): FaultInjector {
  let settings = NO_FAULTS;
  let random = seededRandom(settings.seed);
  const apply = (next: FaultSettings): void => {
    settings = { ...next, rate429: clampRate(next.rate429), rate500: clampRate(next.rate500) };
    random = seededRandom(settings.seed);
  };
  return {
    set: (partial) => {
      apply({ ...settings, ...partial });
    },
    get: () => settings,
    clear: () => {
      apply(NO_FAULTS);
    },
    next() {
      const draw = random();
      if (draw < settings.rate429) {
        // Jira's burst limiter: the reason header tells clients which limit they hit.
        const fault = new JiraHttpError(
          429,
          { errorMessages: ['Rate limit exceeded.'], errors: {} },
          { 'Retry-After': String(settings.retryAfterSeconds), 'RateLimit-Reason': 'jira-burst-based' },
        );
        return { delayMs: settings.delayMs, fault };
      }
      if (draw < settings.rate429 + settings.rate500) {
        return { delayMs: settings.delayMs, fault: jiraError(500, ['Internal server error.']) };
      }
      return { delayMs: settings.delayMs, fault: null };
    },
  };
}
