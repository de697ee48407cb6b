import type { Notice, NotificationSubjectLine } from '../domain/notifications/notification-message';

/** One message in the outbox, named by its complaint and the trail key it stands for (`route`, `changelog:…`, `reminded:…`). */
export interface MessageRef {
  readonly issueId: string;
  readonly key: string;
}

/** What is recorded before a message is sent: enough to send it later without deciding anything again. */
export interface OutboxMessage extends MessageRef, Notice {
  readonly issueKey: string;
  readonly facts: NotificationSubjectLine;
}

/** A message taken for one delivery: nobody else sends it until the holder finishes or the lease ends. */
export interface ClaimedMessage extends OutboxMessage {
  /** Counted failed deliveries so far (a rate limit is not counted). */
  readonly attempts: number;
  /** The lease's end, which is also the holder's token: only it may finish the delivery. */
  readonly lease: number;
}

export type MessageState = 'pending' | 'sent' | 'gave_up';

/** How a claimed delivery ended. */
export type DeliveryResult =
  | { readonly state: 'sent'; readonly at: number }
  /** Left pending for another attempt, not before `nextAttemptAt`. */
  | { readonly state: 'pending'; readonly attempts: number; readonly nextAttemptAt: number; readonly error: string }
  | { readonly state: 'gave_up'; readonly at: number; readonly attempts: number; readonly error: string };

export interface GivenUpMessage extends MessageRef {
  readonly issueKey: string;
  readonly reason: string;
  readonly at: number;
}

/** The outbox's state for the health check. */
export interface OutboxHealth {
  readonly pending: number;
  readonly gaveUp: number;
  /** The latest give-ups, newest first. */
  readonly lastGiveUps: readonly GivenUpMessage[];
}

/**
 * The app's messages, durable (Forge SQL in production): each is recorded as pending before it
 * is sent, and a delivery first claims it, so that however many invocations try at once it is
 * sent by one of them.
 */
export interface MessageOutbox {
  /** Records messages as pending and due now; one already recorded under its (issueId, key) is kept as it is. Returns the keys this call recorded. */
  record(messages: readonly OutboxMessage[], at: number): Promise<readonly string[]>;
  /**
   * Claims a pending message that is due at `now` and that nobody holds, until `lease`. Null when
   * it is not there, already sent or given up, not yet due, or held by another delivery.
   */
  claim(ref: MessageRef, now: number, lease: number): Promise<ClaimedMessage | null>;
  /** Ends the delivery that holds `lease`; false when the lease was lost, writing nothing. */
  finish(ref: MessageRef, lease: number, result: DeliveryResult): Promise<boolean>;
  /**
   * Moves the given messages that are free at `now` (pending, due, held by nobody) to `until`: a
   * paced send's slot, or the end of a pause. Returns how many it moved.
   */
  postpone(refs: readonly MessageRef[], until: number, now: number): Promise<number>;
  /** Pending messages due at `now` and held by nobody, the longest waiting first, at most `limit`. */
  listDue(now: number, limit: number): Promise<MessageRef[]>;
  /** Counts of pending and given-up messages, and the `recent` latest give-ups. */
  health(recent: number): Promise<OutboxHealth>;
  /**
   * Forgets sent messages, a slice at a time: those sent before `sentBefore`, in the `sliceMs`
   * from the oldest one. Returns how many it forgot.
   */
  prune(sentBefore: number, sliceMs: number): Promise<number>;
}
