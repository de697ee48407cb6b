import { AppError } from '../../domain/app-error';
import type { Channel, ComplaintStatus, Resolution, Subject, TrailKind } from '../../domain/complaint';
import type { MessageState } from '../../ports/message-outbox.port';

/*
 * Enumerations are stored as small numbers: a trail entry carries two of them, and their names
 * cost about 18 bytes an entry, a tenth of the per-complaint storage budget. The maps are
 * explicit (never positions in the domain's lists), so a new domain value fails to compile
 * until it has a code. A code, once shipped, never changes meaning.
 */
export interface ColumnCode<T extends string> {
  readonly encode: (value: T) => number;
  readonly decode: (code: number | string) => T;
}

const columnCode = <T extends string>(column: string, codes: Record<T, number>): ColumnCode<T> => {
  const byCode = new Map(Object.entries<number>(codes).map(([name, code]) => [code, name as T]));
  return {
    encode: (value) => codes[value],
    decode: (code) => {
      const value = byCode.get(Number(code));
      if (value === undefined) throw new AppError('STORE_ERROR', `${column} holds an unknown code: ${String(code)}`);
      return value;
    },
  };
};

export const STATUS = columnCode<ComplaintStatus>('status', { registered: 1, in_progress: 2, measures_done: 3, closed: 4 });

export const CHANNEL = columnCode<Channel>('channel', { phone: 1, email: 2, portal: 3, in_person: 4, other: 5 });

export const RESOLUTION = columnCode<Resolution>('resolution', { done: 1, withdrawn: 2, duplicate: 3 });

export const SUBJECT_KIND = columnCode<Subject['kind']>('subject_kind', { employee: 1, service: 2 });

export const TRAIL_KIND = columnCode<TrailKind>('kind', {
  routed: 1,
  rerouted: 2,
  transitioned: 3,
  reminded: 4,
  escalated: 5,
  returned: 6,
  reopened: 7,
  closed: 8,
  nudged: 9,
  follow_up_opened: 10,
  contact_changed: 11,
  duplicate_linked: 12,
  call_recorded: 13,
  customer_escalated: 14,
  customer_confirmed: 15,
  suggestion: 16,
});

export const MESSAGE_STATE = columnCode<MessageState>('state', { pending: 1, sent: 2, gave_up: 3 });
