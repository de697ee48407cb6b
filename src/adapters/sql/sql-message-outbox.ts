import type { ExpressionBuilder, Kysely, Updateable } from 'kysely';
import { AppError } from '../../domain/app-error';
import type { DeliveryResult, MessageOutbox, MessageRef } from '../../ports/message-outbox.port';
import { MESSAGE_STATE } from './column-codes';
import { clip, literalLimit, num } from './column-values';
import { fromMessageRow, payloadOf, toMessageRow } from './message-row';
import { guard } from './store-failure';
import { WIDTH, type MessageTable, type StoreDatabase } from './store-schema';

const PENDING = MESSAGE_STATE.encode('pending');
const SENT = MESSAGE_STATE.encode('sent');
const GAVE_UP = MESSAGE_STATE.encode('gave_up');

type Message = ExpressionBuilder<StoreDatabase, 'message'>;

const isRef = (ref: MessageRef) => (eb: Message) => eb.and([eb('issue_id', '=', ref.issueId), eb('message_key', '=', ref.key)]);

/** Pending, due at `now`, and held by nobody: what a delivery may take. */
const isFree = (now: number) => (eb: Message) =>
  eb.and([eb('state', '=', PENDING), eb('next_attempt_at', '<=', now), eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)])]);

const changesOf = (result: DeliveryResult): Updateable<MessageTable> => {
  switch (result.state) {
    case 'sent':
      // What was sent is in Jira's mail now; the row keeps the key, which stops a second recording.
      return { state: SENT, payload: '', claimed_until: null, next_attempt_at: result.at, settled_at: result.at };
    case 'pending':
      return { attempts: result.attempts, next_attempt_at: result.nextAttemptAt, last_error: clip(result.error, WIDTH.error), claimed_until: null };
    case 'gave_up':
      return { state: GAVE_UP, attempts: result.attempts, last_error: clip(result.error, WIDTH.error), claimed_until: null, next_attempt_at: result.at, settled_at: result.at };
  }
};

/**
 * The outbox over Kysely, on Forge SQL and SQLite alike. Forge SQL has no transactions and no
 * row locks, so every decision is one statement whose affected-row count tells the caller whether
 * it won: INSERT IGNORE for recording, a conditional UPDATE for claiming and finishing. Each such
 * UPDATE changes `claimed_until`, so MySQL, which counts only changed rows, counts it as SQLite does.
 */
export const createSqlMessageOutbox = (db: Kysely<StoreDatabase>): MessageOutbox => ({
  record: (messages, at) =>
    guard('record messages', async () => {
      // Every column is checked before any write, so IGNORE can only skip a message already recorded.
      const rows = messages.map((m) => toMessageRow(m, at));
      const recorded: string[] = [];
      for (const row of rows) {
        const result = await db.insertInto('message').orIgnore().values(row).executeTakeFirst();
        if (result.numInsertedOrUpdatedRows === 1n) recorded.push(row.message_key);
      }
      return recorded;
    }),

  claim: (ref, now, lease) =>
    guard('claim a message', async () => {
      if (lease <= now) throw new AppError('INTERNAL', `A claim must last: its lease ${String(lease)} is not after ${String(now)}`);
      const claimed = await db.updateTable('message').set({ claimed_until: lease }).where(isRef(ref)).where(isFree(now)).executeTakeFirst();
      if (claimed.numUpdatedRows !== 1n) return null;
      const row = await db.selectFrom('message').selectAll().where(isRef(ref)).where('claimed_until', '=', lease).executeTakeFirst();
      return row === undefined ? null : fromMessageRow(row);
    }),

  finish: (ref, lease, result) =>
    guard('finish a delivery', async () => {
      const finished = await db
        .updateTable('message')
        .set(changesOf(result))
        .where(isRef(ref))
        .where('state', '=', PENDING)
        .where('claimed_until', '=', lease)
        .executeTakeFirst();
      return finished.numUpdatedRows === 1n;
    }),

  postpone: (refs, until, now) =>
    guard('postpone messages', async () => {
      if (refs.length === 0) return 0;
      // One statement for a batch (25 at most): Forge SQL counts statements per second.
      const moved = await db
        .updateTable('message')
        .set({ next_attempt_at: until })
        .where((eb) => eb.or(refs.map((ref) => isRef(ref)(eb))))
        .where(isFree(now))
        .executeTakeFirst();
      return Number(moved.numUpdatedRows);
    }),

  listDue: (now, limit) =>
    guard('list due messages', async () => {
      const rows = await db
        .selectFrom('message')
        .select(['issue_id', 'message_key'])
        .where(isFree(now))
        .orderBy('next_attempt_at')
        .orderBy('issue_id')
        .orderBy('message_key')
        .limit(literalLimit(limit))
        .execute();
      return rows.map((r) => ({ issueId: r.issue_id, key: r.message_key }));
    }),

  health: (recent) =>
    guard('read the outbox health', async () => {
      const counts = await db
        .selectFrom('message')
        .select((eb) => ['state', eb.fn.countAll<number | string>().as('n')])
        .where('state', 'in', [PENDING, GAVE_UP])
        .groupBy('state')
        .execute();
      const countOf = (state: number) => num(counts.find((c) => num(c.state) === state)?.n ?? 0);
      const last = await db
        .selectFrom('message')
        .select(['issue_id', 'message_key', 'payload', 'last_error', 'next_attempt_at'])
        .where('state', '=', GAVE_UP)
        .orderBy('next_attempt_at', 'desc')
        .orderBy('issue_id')
        .orderBy('message_key')
        .limit(literalLimit(recent))
        .execute();
      return {
        pending: countOf(PENDING),
        gaveUp: countOf(GAVE_UP),
        lastGiveUps: last.map((r) => ({ issueId: r.issue_id, key: r.message_key, issueKey: payloadOf(r).issueKey, reason: r.last_error ?? '', at: num(r.next_attempt_at) })),
      };
    }),

  prune: (sentBefore, sliceMs) =>
    guard('forget sent messages', async () => {
      // A time slice keeps one DELETE small, which MySQL and SQLite alike cannot bound with LIMIT.
      const oldest = await db.selectFrom('message').select('next_attempt_at').where('state', '=', SENT).orderBy('next_attempt_at').limit(1).executeTakeFirst();
      if (oldest === undefined) return 0;
      const until = Math.min(sentBefore, num(oldest.next_attempt_at) + sliceMs);
      const deleted = await db.deleteFrom('message').where('state', '=', SENT).where('next_attempt_at', '<', until).executeTakeFirst();
      return Number(deleted.numDeletedRows);
    }),
});
