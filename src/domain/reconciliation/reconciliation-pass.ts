/**
 * The daily reconciliation's progress (design.md section 5). A pass reads, in issue-key order,
 * every complaint that Jira updated since the last complete pass began (the watermark), across as
 * many invocations as it takes; only a complete pass moves the watermark.
 */
const MINUTE_MS = 60_000;

/** The first pass, with no watermark yet, reads this far back: two days, as the fixed window before it did. */
export const FIRST_PASS_LOOKBACK_MS = 2 * 24 * 60 * MINUTE_MS;
/**
 * A pass reads from this long before the watermark: JQL names times to the minute only, and
 * Jira's clock and the app's may differ by a little. Reading a complaint twice changes nothing.
 */
export const WATERMARK_OVERLAP_MS = 10 * MINUTE_MS;
/**
 * A pass that no invocation has moved on for this long lost its chain of queued jobs (a job that
 * failed, a push that did not go through): the next daily run takes it up where it stopped.
 */
export const STALE_PASS_MS = 60 * MINUTE_MS;

/** Where a pass has got to: what a queued job carries to the next invocation. */
export interface ReconciliationPass {
  /** When the pass began: the watermark once it completes, so the next pass reads every change made since. */
  readonly startedAt: number;
  /** It reads the complaints updated at or after this moment. */
  readonly from: number;
  /**
   * The key of the last complaint it read; null before the first. Jira orders keys for good, while
   * `updated` moves as people (and the pass itself, by routing) change complaints, so a page that
   * follows a key never skips one and needs no page token that could expire between invocations.
   */
  readonly afterKey: string | null;
}

/** What a pass has done so far, over all its invocations. */
export interface PassTally {
  readonly invocations: number;
  readonly checked: number;
  readonly healed: number;
}

export interface PassSummary extends PassTally {
  readonly startedAt: number;
  readonly completedAt: number;
}

/** A pass under way, as stored: where it stands, what it did, and when an invocation last moved it on. */
export interface PassUnderWay extends ReconciliationPass, PassTally {
  readonly touchedAt: number;
  /** The earliest `updated` of a complaint it could not heal; null while none failed. */
  readonly failedFrom: number | null;
}

/** One project's reconciliation, as stored between invocations. */
export interface ReconciliationState {
  /**
   * The start of the last complete pass (or, if that pass could not heal a complaint, that
   * complaint's `updated`, so the next pass reads it again); null before the first pass.
   */
  readonly watermark: number | null;
  readonly pass: PassUnderWay | null;
  /** The last complete pass, for the log and the health check. */
  readonly last: PassSummary | null;
}

export const NO_RECONCILIATION: ReconciliationState = { watermark: null, pass: null, last: null };

export type PassStart =
  | { readonly kind: 'start' | 'resume'; readonly pass: ReconciliationPass }
  /** An invocation moved the pass on lately: its queued job carries it on. */
  | { readonly kind: 'running' };

/** What the daily run does for a project: start a pass from the watermark, take up a stalled one, or leave a live one be. */
export const passToRun = (state: ReconciliationState, now: number): PassStart => {
  const { pass } = state;
  if (pass !== null && now - pass.touchedAt < STALE_PASS_MS) return { kind: 'running' };
  if (pass !== null) return { kind: 'resume', pass: { startedAt: pass.startedAt, from: pass.from, afterKey: pass.afterKey } };
  const from = state.watermark === null ? now - FIRST_PASS_LOOKBACK_MS : state.watermark - WATERMARK_OVERLAP_MS;
  return { kind: 'start', pass: { startedAt: now, from, afterKey: null } };
};

/** Whether a queued job carries the stored pass where it stands; a job delivered twice, or overtaken, does not. */
export const isCurrentPass = (state: ReconciliationState, pass: ReconciliationPass): boolean =>
  state.pass !== null && state.pass.startedAt === pass.startedAt && state.pass.from === pass.from && state.pass.afterKey === pass.afterKey;

/** The pass as stored, touched now: with what it did so far if it is the stored one, afresh if not. */
const underWay = (state: ReconciliationState, pass: ReconciliationPass, now: number): PassUnderWay => {
  const kept = state.pass?.startedAt === pass.startedAt ? state.pass : { invocations: 0, checked: 0, healed: 0, failedFrom: null };
  return { ...kept, ...pass, touchedAt: now };
};

/** The stored state of a pass that starts, or is taken up again, now. */
export const withPass = (state: ReconciliationState, pass: ReconciliationPass, now: number): ReconciliationState => ({ ...state, pass: underWay(state, pass, now) });

/** What one invocation did: read up to `afterKey`, and whether that was the pass's last page. */
export interface PassStep {
  readonly afterKey: string | null;
  readonly complete: boolean;
  readonly checked: number;
  readonly healed: number;
  readonly failedFrom: number | null;
}

const earliest = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/** The state after an invocation's step: the pass moved on, or, complete, the watermark moved up to its start. */
export const afterStep = (state: ReconciliationState, pass: ReconciliationPass, step: PassStep, now: number): ReconciliationState => {
  const before = underWay(state, pass, now);
  const tally: PassTally = { invocations: before.invocations + 1, checked: before.checked + step.checked, healed: before.healed + step.healed };
  const failedFrom = earliest(before.failedFrom, step.failedFrom);
  if (step.complete) {
    return { watermark: Math.min(pass.startedAt, failedFrom ?? pass.startedAt), pass: null, last: { startedAt: pass.startedAt, completedAt: now, ...tally } };
  }
  return { ...state, pass: { ...pass, afterKey: step.afterKey, ...tally, failedFrom, touchedAt: now } };
};
