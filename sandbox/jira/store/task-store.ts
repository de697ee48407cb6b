import type { Database } from 'better-sqlite3';

/** A finished asynchronous task, as `GET /task/{id}` reports it. */
export interface TaskRecord {
  readonly id: string;
  readonly description: string;
  readonly submittedBy: string;
  readonly submitted: number;
  readonly finished: number;
  readonly result: unknown;
}

interface TaskRow {
  id: string;
  description: string;
  submitted_by: string;
  submitted: number;
  finished: number;
  result: string;
}

export interface TaskStore {
  insert(task: TaskRecord): void;
  byId(id: string): TaskRecord | null;
}

export function taskStore(db: Database): TaskStore {
  return {
    insert(task) {
      db.prepare('INSERT INTO jira_tasks (id, description, submitted_by, submitted, finished, result) VALUES (?, ?, ?, ?, ?, ?)').run(
        task.id,
        task.description,
        task.submittedBy,
        task.submitted,
        task.finished,
        JSON.stringify(task.result ?? null),
      );
    },
    byId(id) {
      const row = db.prepare<[string], TaskRow>('SELECT * FROM jira_tasks WHERE id = ?').get(id);
      return row === undefined
        ? null
        : {
            id: row.id,
            description: row.description,
            submittedBy: row.submitted_by,
            submitted: row.submitted,
            finished: row.finished,
            result: JSON.parse(row.result) as unknown,
          };
    },
  };
}
