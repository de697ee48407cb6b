/**
 * The installation's pacing of messages, in app-owned storage that every invocation sees (Forge
 * SQL in production): the slots handed out so far, and the pause after Jira's last 429.
 */
export interface SendPacing {
  /** The moment before which nothing is sent, or null. */
  pausedUntil(): Promise<number | null>;
  /** Extends the pause to `until`; a longer one already stored stays. */
  pauseUntil(until: number): Promise<void>;
  /** Where the slots handed out so far end, or null. */
  slotsUntil(): Promise<number | null>;
  /** Moves the slots' end from `from` to `to`; false, writing nothing, when another pacer moved it first. */
  moveSlots(from: number | null, to: number): Promise<boolean>;
}
