import type { Database } from 'better-sqlite3';

/** Hands out Jira-like numeric ids ("10000", "10001", ...) per kind of entity. */
export type NextId = (sequence: string) => string;

export function sequenceStore(db: Database, firstValue = 10000): NextId {
  return (sequence) => {
    const row = db
      .prepare<[string, number], { value: number }>(
        `INSERT INTO jira_sequences (name, next_value) VALUES (?, ? + 1)
         ON CONFLICT (name) DO UPDATE SET next_value = next_value + 1
         RETURNING next_value - 1 AS value`,
      )
      .get(sequence, firstValue);
    if (row === undefined) throw new Error(`Sequence ${sequence} returned nothing`);
    return String(row.value);
  };
}
