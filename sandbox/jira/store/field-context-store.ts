import type { Database } from 'better-sqlite3';

export interface FieldContextRecord {
  readonly id: string;
  readonly fieldId: string;
  readonly name: string;
  readonly description: string;
  /** Empty: a global context, for every project. */
  readonly projectIds: readonly string[];
  /** Empty: every issue type. */
  readonly issueTypeIds: readonly string[];
}

interface ContextRow {
  id: string;
  field_id: string;
  name: string;
  description: string;
}

/** Custom field contexts: where a field applies, and (for select fields) which options it offers there. */
export interface FieldContextStore {
  insert(context: FieldContextRecord): void;
  byId(id: string): FieldContextRecord | null;
  ofField(fieldId: string): FieldContextRecord[];
  addProjects(contextId: string, projectIds: readonly string[]): void;
  addIssueTypes(contextId: string, issueTypeIds: readonly string[]): void;
  /** The context that applies to an issue: a context of its project and type, else a global one of its type; null when none applies. */
  applicable(fieldId: string, projectId: string, issueTypeId: string): FieldContextRecord | null;
}

export function fieldContextStore(db: Database): FieldContextStore {
  const idsOf = (table: 'projects' | 'issue_types', contextId: string): string[] => {
    const column = table === 'projects' ? 'project_id' : 'issue_type_id';
    return db
      .prepare<[string], { id: string }>(`SELECT ${column} AS id FROM jira_field_context_${table} WHERE context_id = ? ORDER BY CAST(${column} AS INTEGER)`)
      .all(contextId)
      .map((row) => row.id);
  };
  const load = (row: ContextRow): FieldContextRecord => ({
    id: row.id,
    fieldId: row.field_id,
    name: row.name,
    description: row.description,
    projectIds: idsOf('projects', row.id),
    issueTypeIds: idsOf('issue_types', row.id),
  });
  const addAll = (table: 'projects' | 'issue_types', contextId: string, ids: readonly string[]): void => {
    const column = table === 'projects' ? 'project_id' : 'issue_type_id';
    for (const id of ids) db.prepare(`INSERT OR IGNORE INTO jira_field_context_${table} (context_id, ${column}) VALUES (?, ?)`).run(contextId, id);
  };
  const store: FieldContextStore = {
    insert(context) {
      db.prepare('INSERT INTO jira_field_contexts (id, field_id, name, description) VALUES (?, ?, ?, ?)').run(
        context.id,
        context.fieldId,
        context.name,
        context.description,
      );
      addAll('projects', context.id, context.projectIds);
      addAll('issue_types', context.id, context.issueTypeIds);
    },
    byId(id) {
      const row = db.prepare<[string], ContextRow>('SELECT * FROM jira_field_contexts WHERE id = ?').get(id);
      return row === undefined ? null : load(row);
    },
    ofField(fieldId) {
      return db
        .prepare<[string], ContextRow>('SELECT * FROM jira_field_contexts WHERE field_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(fieldId)
        .map(load);
    },
    addProjects: (contextId, projectIds) => {
      addAll('projects', contextId, projectIds);
    },
    addIssueTypes: (contextId, issueTypeIds) => {
      addAll('issue_types', contextId, issueTypeIds);
    },
    applicable(fieldId, projectId, issueTypeId) {
      const contexts = store.ofField(fieldId).filter((context) => context.issueTypeIds.length === 0 || context.issueTypeIds.includes(issueTypeId));
      return contexts.find((context) => context.projectIds.includes(projectId)) ?? contexts.find((context) => context.projectIds.length === 0) ?? null;
    },
  };
  return store;
}
