import type { AnsweredAfterWork, FaultControl, FaultSettings } from '../emulator.types';
import { JiraHttpError, jiraError } from '../http/jira-error';
import { quotaBucket, type QuotaBucket } from './quota-bucket';
import { seededRandom } from './seeded-random';

const NO_FAULTS: FaultSettings = { rate429: 0, rate500: 0, afterWorkShare: 0, appCallsOnly: false, retryAfterSeconds: 1, delayMs: 0, seed: 1, quotaPerMinute: 0, quotaBurst: 0 };

/** What one call meets: a delay, and a fault to answer with, before its work or (`afterWork`) after it. */
export interface DrawnFault {
  readonly delayMs: number;
  readonly fault: JiraHttpError | null;
  readonly afterWork: boolean;
}

const NONE: DrawnFault = { delayMs: 0, fault: null, afterWork: false };

export interface FaultInjector extends FaultControl {
  /**
   * The delay and fault for this call. Draws one number per call that may meet faults, and a
   * second for a 500 while `afterWorkShare` is set, so a seed's sequence is as before without it.
   */
  next(call: { readonly byApp: boolean }): DrawnFault;
  /** Logs a call that was answered 500 after its work. */
  answeredAfterWork(): readonly AnsweredAfterWork[];
  recordAfterWork(call: AnsweredAfterWork): void;
  /** Forgets the log, as a site reset forgets the calls it names. */
  forgetAfterWork(): void;
}

const clampRate = (rate: number): number => Math.min(1, Math.max(0, rate));

/** @param now the sandbox clock, which the emulated quota refills by */
export function faultInjector(now: () => number): FaultInjector {
  let settings = NO_FAULTS;
  let random = seededRandom(settings.seed);
  let quota: QuotaBucket | null = null;
  const afterWork: AnsweredAfterWork[] = [];
  const apply = (next: FaultSettings): void => {
    settings = { ...next, rate429: clampRate(next.rate429), rate500: clampRate(next.rate500), afterWorkShare: clampRate(next.afterWorkShare) };
    random = seededRandom(settings.seed);
    // A new setting starts with a full bucket.
    quota = settings.quotaPerMinute > 0 ? quotaBucket(settings.quotaPerMinute, settings.quotaBurst, now()) : null;
  };
  return {
    set: (partial) => {
      apply({ ...settings, ...partial });
    },
    get: () => settings,
    clear: () => {
      apply(NO_FAULTS);
    },
    answeredAfterWork: () => [...afterWork],
    recordAfterWork: (call) => {
      afterWork.push(call);
    },
    forgetAfterWork: () => {
      afterWork.length = 0;
    },
    next({ byApp }) {
      // The quota is the app's, and takes no random draw, so a seed's faults are as they were without it.
      const limited = byApp ? (quota?.take(now()) ?? null) : null;
      if (limited !== null) return { delayMs: settings.delayMs, fault: limited, afterWork: false };
      if (settings.appCallsOnly && !byApp) return NONE;
      const draw = random();
      if (draw < settings.rate429) {
        // Jira's burst limiter: the reason header tells clients which limit they hit.
        const fault = new JiraHttpError(
          429,
          { errorMessages: ['Rate limit exceeded.'], errors: {} },
          { 'Retry-After': String(settings.retryAfterSeconds), 'RateLimit-Reason': 'jira-burst-based' },
        );
        return { delayMs: settings.delayMs, fault, afterWork: false };
      }
      if (draw < settings.rate429 + settings.rate500) {
        const late = settings.afterWorkShare > 0 && random() < settings.afterWorkShare;
        return { delayMs: settings.delayMs, fault: jiraError(500, ['Internal server error.']), afterWork: late };
      }
      return { delayMs: settings.delayMs, fault: null, afterWork: false };
    },
  };
}
