import type { Database } from 'better-sqlite3';

export interface ProjectRecord {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly projectTypeKey: 'service_desk' | 'software' | 'business';
  readonly leadAccountId: string;
  readonly workflowSchemeId: string;
  readonly issueTypeSchemeId: string;
  readonly issueTypeScreenSchemeId: string;
  readonly permissionSchemeId: string;
}

export interface ComponentRecord {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string | null;
  readonly assigneeType: 'PROJECT_DEFAULT' | 'COMPONENT_LEAD' | 'PROJECT_LEAD' | 'UNASSIGNED';
}

interface ProjectRow {
  id: string;
  key: string;
  name: string;
  description: string;
  project_type_key: ProjectRecord['projectTypeKey'];
  lead_account_id: string;
  workflow_scheme_id: string;
  issue_type_scheme_id: string;
  issue_type_screen_scheme_id: string;
  permission_scheme_id: string;
}

interface ComponentRow {
  id: string;
  project_id: string;
  name: string;
  description: string;
  lead_account_id: string | null;
  assignee_type: ComponentRecord['assigneeType'];
}

const toProject = (row: ProjectRow): ProjectRecord => ({
  id: row.id,
  key: row.key,
  name: row.name,
  description: row.description,
  projectTypeKey: row.project_type_key,
  leadAccountId: row.lead_account_id,
  workflowSchemeId: row.workflow_scheme_id,
  issueTypeSchemeId: row.issue_type_scheme_id,
  issueTypeScreenSchemeId: row.issue_type_screen_scheme_id,
  permissionSchemeId: row.permission_scheme_id,
});

const toComponent = (row: ComponentRow): ComponentRecord => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  description: row.description,
  leadAccountId: row.lead_account_id,
  assigneeType: row.assignee_type,
});

const PROJECT_COLUMNS =
  'id, key, name, description, project_type_key, lead_account_id, workflow_scheme_id, issue_type_scheme_id, issue_type_screen_scheme_id, permission_scheme_id';

export interface ProjectStore {
  insert(project: ProjectRecord): void;
  /** By id or by key, as Jira's `projectIdOrKey` path parameters. */
  byIdOrKey(idOrKey: string): ProjectRecord | null;
  all(): ProjectRecord[];
  /** Which scheme of each kind the project uses. */
  setScheme(projectId: string, kind: 'workflow' | 'issueTypeScreen', schemeId: string): void;
  /** Hands out the next issue number of the project (CMP-1, CMP-2, ...). */
  nextIssueNumber(projectId: string): number;
  insertComponent(component: ComponentRecord): void;
  components(projectId: string): ComponentRecord[];
  componentById(id: string): ComponentRecord | null;
}

export function projectStore(db: Database): ProjectStore {
  return {
    insert(project) {
      db.prepare(
        `INSERT INTO jira_projects (${PROJECT_COLUMNS}, next_issue_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      ).run(
        project.id,
        project.key,
        project.name,
        project.description,
        project.projectTypeKey,
        project.leadAccountId,
        project.workflowSchemeId,
        project.issueTypeSchemeId,
        project.issueTypeScreenSchemeId,
        project.permissionSchemeId,
      );
    },
    byIdOrKey(idOrKey) {
      const row = db
        .prepare<[string, string], ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM jira_projects WHERE id = ? OR key = upper(?)`)
        .get(idOrKey, idOrKey);
      return row === undefined ? null : toProject(row);
    },
    all() {
      return db.prepare<[], ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM jira_projects ORDER BY name`).all().map(toProject);
    },
    setScheme(projectId, kind, schemeId) {
      const column = kind === 'workflow' ? 'workflow_scheme_id' : 'issue_type_screen_scheme_id';
      db.prepare(`UPDATE jira_projects SET ${column} = ? WHERE id = ?`).run(schemeId, projectId);
    },
    nextIssueNumber(projectId) {
      const row = db
        .prepare<[string], { number: number }>(
          `UPDATE jira_projects SET next_issue_number = next_issue_number + 1 WHERE id = ?
           RETURNING next_issue_number - 1 AS number`,
        )
        .get(projectId);
      if (row === undefined) throw new Error(`No project ${projectId}`);
      return row.number;
    },
    insertComponent(component) {
      db.prepare(
        `INSERT INTO jira_components (id, project_id, name, description, lead_account_id, assignee_type)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        component.id,
        component.projectId,
        component.name,
        component.description,
        component.leadAccountId,
        component.assigneeType,
      );
    },
    components(projectId) {
      return db
        .prepare<[string], ComponentRow>('SELECT * FROM jira_components WHERE project_id = ? ORDER BY name')
        .all(projectId)
        .map(toComponent);
    },
    componentById(id) {
      const row = db.prepare<[string], ComponentRow>('SELECT * FROM jira_components WHERE id = ?').get(id);
      return row === undefined ? null : toComponent(row);
    },
  };
}
