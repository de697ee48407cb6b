/**
 * Pacing of the app's messages under Jira's quotas (README "How the app sends messages"): each
 * message takes a send slot, slots follow each other at the installation's rate, and a batch of
 * them is sent once its last slot has come, so the messages sent by any moment never run ahead
 * of the rate. Pure: the caller brings the stored slot cursor and pause.
 */

/** Messages one invocation sends: one Jira call each, far inside Forge's 25 s (55 s for a consumer). */
export const MAX_SEND_BATCH = 25;
/**
 * How far ahead slots are handed out. Forge's queue delays an event by 900 s at most; ten minutes
 * stay inside that, and cover the five minutes to the next sweep, which hands out the rest.
 */
export const PACING_HORIZON_MS = 10 * 60_000;
/** A 429 without Retry-After pauses the installation this long, doubling while it repeats. */
export const FIRST_PAUSE_MS = 30_000;
export const MAX_PAUSE_MS = 15 * 60_000;

export interface PacingState {
  readonly now: number;
  readonly sendsPerMinute: number;
  /** Where the slots handed out so far end; null before the first. */
  readonly slotsUntil: number | null;
  /** The installation's pause after a 429; null or past when there is none. */
  readonly pausedUntil: number | null;
}

export interface SendBatch<T> {
  readonly items: readonly T[];
  /** When the batch may be sent: its last slot. */
  readonly at: number;
}

export interface SendPlan<T> {
  readonly batches: readonly SendBatch<T>[];
  /** The cursor after these slots: the next batch's first slot. */
  readonly slotsUntil: number;
  /** Items that found no slot inside the horizon: they stay pending for the next sweep. */
  readonly left: readonly T[];
}

/** A batch is at most a tenth of a minute's sends, so a minute holds about ten of them and no burst is larger. */
export const batchSizeFor = (sendsPerMinute: number): number => Math.max(1, Math.min(MAX_SEND_BATCH, Math.floor(sendsPerMinute / 10)));

/** The slots' spacing in ms. */
const slotMs = (sendsPerMinute: number): number => 60_000 / Math.max(1, sendsPerMinute);

/** The first free slot: not before now, the slots already handed out, or the pause. */
const firstSlot = (state: PacingState): number => Math.max(state.now, state.slotsUntil ?? state.now, state.pausedUntil ?? state.now);

/** How many slots are left inside the horizon. */
export const freeSlots = (state: PacingState): number => Math.max(0, Math.floor((state.now + PACING_HORIZON_MS - firstSlot(state)) / slotMs(state.sendsPerMinute)));

/** Gives the items slots at the rate, in order, and groups them into batches; what does not fit in the horizon is left. */
export const planSends = <T>(items: readonly T[], state: PacingState): SendPlan<T> => {
  const spacing = slotMs(state.sendsPerMinute);
  const size = batchSizeFor(state.sendsPerMinute);
  const start = firstSlot(state);
  const taken = items.slice(0, freeSlots(state));
  const batches: SendBatch<T>[] = [];
  for (let i = 0; i < taken.length; i += size) {
    const share = taken.slice(i, i + size);
    batches.push({ items: share, at: Math.ceil(start + (i + share.length - 1) * spacing) });
  }
  return { batches, slotsUntil: Math.ceil(start + taken.length * spacing), left: items.slice(taken.length) };
};

/**
 * When the installation may send again after Jira answered 429 at `now`: Retry-After when Jira
 * gave one, else a backoff that doubles the pause still running (FIRST_PAUSE_MS to MAX_PAUSE_MS).
 * A pause is only ever extended by the caller, so the longest one asked for wins.
 */
export const pauseAfterRateLimit = (retryAfterMs: number | null, now: number, pausedUntil: number | null): number => {
  if (retryAfterMs !== null) return now + retryAfterMs;
  const running = Math.max(0, (pausedUntil ?? now) - now);
  return now + Math.min(MAX_PAUSE_MS, Math.max(FIRST_PAUSE_MS, 2 * running));
};
