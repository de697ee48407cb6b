/**
 * Which business day's advocate digests are recorded, in app-owned storage every invocation sees
 * (Forge SQL's `store_meta` in production). It only spares the later sweeps of a day the queue's
 * read: the outbox's keys are what make a digest one a day.
 */
export interface DigestLedger {
  /** The opening (epoch ms) of the latest business day whose digests are recorded; null before the first. */
  digestedDay(): Promise<number | null>;
  /** Notes that the digests of the business day opening at `dayOpen` are recorded; a later day already noted stays. */
  markDigested(dayOpen: number): Promise<void>;
}
