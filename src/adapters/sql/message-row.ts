import type { Insertable, Selectable } from 'kysely';
import type { Notice, NotificationSubjectLine } from '../../domain/notifications/notification-message';
import type { ClaimedMessage, OutboxMessage } from '../../ports/message-outbox.port';
import { MESSAGE_STATE } from './column-codes';
import { fit, num } from './column-values';
import { WIDTH, type MessageTable } from './store-schema';

/** What the payload column holds: the message as recorded, so that sending it later decides nothing again. */
interface Payload extends Notice {
  readonly issueKey: string;
  readonly facts: NotificationSubjectLine;
}

export const toMessageRow = (m: OutboxMessage, at: number): Insertable<MessageTable> => {
  const payload: Payload = { issueKey: m.issueKey, to: m.to, message: m.message, facts: m.facts };
  return {
    issue_id: fit(m.issueId, WIDTH.issueId, 'issue_id'),
    message_key: fit(m.key, WIDTH.entryKey, 'message_key'),
    payload: fit(JSON.stringify(payload), WIDTH.payload, 'payload'),
    state: MESSAGE_STATE.encode('pending'),
    attempts: 0,
    next_attempt_at: at,
    claimed_until: null,
    last_error: null,
    created_at: at,
    settled_at: null,
  };
};

// The app wrote the payload itself, from the domain's types, in the same statement that named its key.
export const payloadOf = (row: Pick<Selectable<MessageTable>, 'payload'>): Payload => JSON.parse(row.payload) as Payload;

export const fromMessageRow = (row: Selectable<MessageTable>): ClaimedMessage => {
  const payload = payloadOf(row);
  return {
    issueId: row.issue_id,
    key: row.message_key,
    issueKey: payload.issueKey,
    to: payload.to,
    message: payload.message,
    facts: payload.facts,
    attempts: num(row.attempts),
    lease: num(row.claimed_until ?? 0),
  };
};
