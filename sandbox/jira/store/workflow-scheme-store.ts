import type { Database } from 'better-sqlite3';

export interface WorkflowSchemeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly defaultWorkflowId: string;
  /** Issue type id → workflow id; types not listed use the default workflow. */
  readonly mappings: Readonly<Record<string, string>>;
  readonly version: { readonly id: string; readonly versionNumber: number };
}

interface SchemeRow {
  id: string;
  name: string;
  description: string;
  default_workflow_id: string;
  version_id: string;
  version_number: number;
}

export interface WorkflowSchemeStore {
  insert(scheme: WorkflowSchemeRecord): void;
  /** Rewrites the scheme's name, description, workflows and version. */
  update(scheme: WorkflowSchemeRecord): void;
  byId(id: string): WorkflowSchemeRecord | null;
  byName(name: string): WorkflowSchemeRecord | null;
  all(): WorkflowSchemeRecord[];
  /** The id of the workflow that governs issues of this type under this scheme. */
  workflowIdFor(scheme: WorkflowSchemeRecord, issueTypeId: string): string;
  projectIds(schemeId: string): string[];
}

export function workflowSchemeStore(db: Database): WorkflowSchemeStore {
  const insertMappings = (scheme: WorkflowSchemeRecord): void => {
    for (const [issueTypeId, workflowId] of Object.entries(scheme.mappings)) {
      db.prepare('INSERT INTO jira_workflow_scheme_mappings (scheme_id, issue_type_id, workflow_id) VALUES (?, ?, ?)').run(
        scheme.id,
        issueTypeId,
        workflowId,
      );
    }
  };
  const load = (row: SchemeRow | undefined): WorkflowSchemeRecord | null => {
    if (row === undefined) return null;
    const mappings = Object.fromEntries(
      db
        .prepare<[string], { issue_type_id: string; workflow_id: string }>(
          'SELECT issue_type_id, workflow_id FROM jira_workflow_scheme_mappings WHERE scheme_id = ? ORDER BY CAST(issue_type_id AS INTEGER)',
        )
        .all(row.id)
        .map((mapping) => [mapping.issue_type_id, mapping.workflow_id]),
    );
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      defaultWorkflowId: row.default_workflow_id,
      mappings,
      version: { id: row.version_id, versionNumber: row.version_number },
    };
  };
  return {
    insert(scheme) {
      db.prepare(
        'INSERT INTO jira_workflow_schemes (id, name, description, default_workflow_id, version_id, version_number) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(scheme.id, scheme.name, scheme.description, scheme.defaultWorkflowId, scheme.version.id, scheme.version.versionNumber);
      insertMappings(scheme);
    },
    update(scheme) {
      db.prepare(
        'UPDATE jira_workflow_schemes SET name = ?, description = ?, default_workflow_id = ?, version_id = ?, version_number = ? WHERE id = ?',
      ).run(scheme.name, scheme.description, scheme.defaultWorkflowId, scheme.version.id, scheme.version.versionNumber, scheme.id);
      db.prepare('DELETE FROM jira_workflow_scheme_mappings WHERE scheme_id = ?').run(scheme.id);
      insertMappings(scheme);
    },
    byId: (id) => load(db.prepare<[string], SchemeRow>('SELECT * FROM jira_workflow_schemes WHERE id = ?').get(id)),
    byName: (name) => load(db.prepare<[string], SchemeRow>('SELECT * FROM jira_workflow_schemes WHERE name = ?').get(name)),
    all() {
      return db
        .prepare<[], SchemeRow>('SELECT * FROM jira_workflow_schemes ORDER BY CAST(id AS INTEGER)')
        .all()
        .flatMap((row) => load(row) ?? []);
    },
    workflowIdFor: (scheme, issueTypeId) => scheme.mappings[issueTypeId] ?? scheme.defaultWorkflowId,
    projectIds(schemeId) {
      return db
        .prepare<[string], { id: string }>('SELECT id FROM jira_projects WHERE workflow_scheme_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(schemeId)
        .map((row) => row.id);
    },
  };
}
