import {
  afterStep,
  FIRST_PASS_LOOKBACK_MS,
  isCurrentPass,
  NO_RECONCILIATION,
  passToRun,
  STALE_PASS_MS,
  WATERMARK_OVERLAP_MS,
  withPass,
  type PassStep,
  type ReconciliationPass,
  type ReconciliationState,
} from '../../../src/domain/reconciliation/reconciliation-pass';
import { T0 } from '../factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const step = (overrides: Partial<PassStep> = {}): PassStep => ({ afterKey: 'CMP-100', complete: false, checked: 100, healed: 3, failedFrom: null, ...overrides });

/** The state once a pass has started now and stepped through `steps`, an hour apart. */
const stepped = (state: ReconciliationState, pass: ReconciliationPass, ...steps: PassStep[]): ReconciliationState => {
  let current = withPass(state, pass, pass.startedAt);
  let at = pass.startedAt;
  let where = pass;
  for (const next of steps) {
    at += HOUR;
    current = afterStep(current, where, next, at);
    where = { ...where, afterKey: next.afterKey };
  }
  return current;
};

describe('passToRun: what the daily run does for a project', () => {
  it('starts the first pass two days back, with no watermark yet', () => {
    expect(passToRun(NO_RECONCILIATION, T0)).toEqual({ kind: 'start', pass: { startedAt: T0, from: T0 - FIRST_PASS_LOOKBACK_MS, afterKey: null } });
    expect(FIRST_PASS_LOOKBACK_MS).toBe(2 * DAY);
  });

  it('starts a later pass at the watermark, less an overlap for minute-precise JQL and clock skew', () => {
    const state: ReconciliationState = { ...NO_RECONCILIATION, watermark: T0 - DAY };
    expect(passToRun(state, T0)).toEqual({ kind: 'start', pass: { startedAt: T0, from: T0 - DAY - WATERMARK_OVERLAP_MS, afterKey: null } });
    // A watermark a month old is read from, however far back: nothing is capped.
    expect(passToRun({ ...NO_RECONCILIATION, watermark: T0 - 30 * DAY }, T0)).toMatchObject({ pass: { from: T0 - 30 * DAY - WATERMARK_OVERLAP_MS } });
  });

  it('leaves a pass that an invocation moved on lately to its queued jobs', () => {
    const pass = { startedAt: T0, from: T0 - DAY, afterKey: 'CMP-7' };
    const state = withPass(NO_RECONCILIATION, pass, T0);
    expect(passToRun(state, T0 + STALE_PASS_MS - 1)).toEqual({ kind: 'running' });
  });

  it('takes a stalled pass up where it stopped, keeping its start for the watermark', () => {
    const pass = { startedAt: T0, from: T0 - DAY, afterKey: 'CMP-7' };
    const state = withPass(NO_RECONCILIATION, pass, T0);
    expect(passToRun(state, T0 + STALE_PASS_MS)).toEqual({ kind: 'resume', pass });
  });
});

describe('isCurrentPass: a queued job runs only while its pass stands where it says', () => {
  const pass = { startedAt: T0, from: T0 - DAY, afterKey: 'CMP-7' };
  const state = withPass(NO_RECONCILIATION, pass, T0);

  it('accepts the stored pass', () => {
    expect(isCurrentPass(state, pass)).toBe(true);
  });

  it.each([
    ['a job delivered twice, whose pass has moved on', { afterKey: 'CMP-107' }],
    ['a job of an older pass', { startedAt: T0 - DAY }],
    ['a job reading another window', { from: T0 - 2 * DAY }],
  ])('refuses %s', (_name, change) => {
    expect(isCurrentPass(state, { ...pass, ...change })).toBe(false);
  });

  it('refuses every job when no pass is under way', () => {
    expect(isCurrentPass(NO_RECONCILIATION, pass)).toBe(false);
  });
});

describe('afterStep: the state after an invocation', () => {
  const pass = { startedAt: T0, from: T0 - DAY, afterKey: null };

  it('moves the pass on to the last key read and counts what it did, leaving the watermark', () => {
    const state = stepped({ ...NO_RECONCILIATION, watermark: T0 - DAY }, pass, step(), step({ afterKey: 'CMP-200', checked: 100, healed: 0 }));
    expect(state).toEqual({
      watermark: T0 - DAY,
      pass: { ...pass, afterKey: 'CMP-200', invocations: 2, checked: 200, healed: 3, failedFrom: null, touchedAt: T0 + 2 * HOUR },
      last: null,
    });
  });

  it('moves the watermark to the start of a complete pass, and sums up the pass', () => {
    const state = stepped(NO_RECONCILIATION, pass, step(), step({ afterKey: 'CMP-230', complete: true, checked: 30, healed: 1 }));
    expect(state).toEqual({ watermark: T0, pass: null, last: { startedAt: T0, completedAt: T0 + 2 * HOUR, invocations: 2, checked: 130, healed: 4 } });
  });

  it('keeps the watermark at the earliest complaint it could not heal, so the next pass reads it again', () => {
    const failed = stepped(NO_RECONCILIATION, pass, step({ failedFrom: T0 - 3 * HOUR }), step({ failedFrom: T0 - 5 * HOUR }), step(), step({ complete: true, failedFrom: T0 - 4 * HOUR }));
    expect(failed.watermark).toBe(T0 - 5 * HOUR);
    const later = stepped(NO_RECONCILIATION, pass, step({ complete: true, failedFrom: T0 + HOUR }));
    expect(later.watermark).toBe(T0);
  });

  it('starts the tally afresh for a pass that is not the stored one', () => {
    const older = stepped(NO_RECONCILIATION, { startedAt: T0 - DAY, from: T0 - 3 * DAY, afterKey: null }, step());
    const next = afterStep(older, pass, step({ afterKey: 'CMP-50', checked: 50, healed: 0 }), T0 + HOUR);
    expect(next.pass).toMatchObject({ startedAt: T0, afterKey: 'CMP-50', invocations: 1, checked: 50, healed: 0 });
  });

  it('keeps what a stalled pass did when the daily run takes it up', () => {
    const stalled = stepped(NO_RECONCILIATION, pass, step({ failedFrom: T0 - HOUR }));
    const resumed = withPass(stalled, { ...pass, afterKey: 'CMP-100' }, T0 + DAY);
    expect(resumed.pass).toMatchObject({ invocations: 1, checked: 100, failedFrom: T0 - HOUR, touchedAt: T0 + DAY });
  });
});
