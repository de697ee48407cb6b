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

/** Makes the next id a sequence hands out `nextValue`, so seeded ids and later ones do not collide. */
export function primeSequence(db: Database, sequence: string, nextValue: number): void {
  db.prepare(
    `INSERT INTO jira_sequences (name, next_value) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET next_value = max(next_value, excluded.next_value)`,
  ).run(sequence, nextValue);
}
