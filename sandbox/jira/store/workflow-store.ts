import type { Database } from 'better-sqlite3';

export type StatusCategory = 'TODO' | 'IN_PROGRESS' | 'DONE';

export interface StatusRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: StatusCategory;
}

/** A rule as `POST /workflows/create` takes it: `{ ruleKey, parameters }`. */
export interface WorkflowRule {
  readonly ruleKey: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export interface TransitionRules {
  readonly conditions: readonly WorkflowRule[];
  readonly validators: readonly WorkflowRule[];
  readonly actions: readonly WorkflowRule[];
}

export interface TransitionRecord {
  readonly id: string;
  readonly name: string;
  readonly type: 'INITIAL' | 'GLOBAL' | 'DIRECTED';
  /** Empty for INITIAL and GLOBAL transitions. */
  readonly fromStatusIds: readonly string[];
  readonly toStatusId: string;
  readonly screenId: string | null;
  readonly rules: TransitionRules;
}

export interface WorkflowRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly statusIds: readonly string[];
  readonly transitions: readonly TransitionRecord[];
}

export interface WorkflowSchemeRecord {
  readonly id: string;
  readonly name: string;
  readonly defaultWorkflowId: string;
  /** Issue type id → workflow id; types not listed use the default workflow. */
  readonly mappings: Readonly<Record<string, string>>;
}

interface TransitionRow {
  transition_id: string;
  name: string;
  type: TransitionRecord['type'];
  from_status_ids: string;
  to_status_id: string;
  screen_id: string | null;
  rules: string;
}

const toTransition = (row: TransitionRow): TransitionRecord => ({
  id: row.transition_id,
  name: row.name,
  type: row.type,
  fromStatusIds: JSON.parse(row.from_status_ids) as string[],
  toStatusId: row.to_status_id,
  screenId: row.screen_id,
  rules: JSON.parse(row.rules) as TransitionRules,
});

export interface WorkflowStore {
  insertStatus(status: StatusRecord): void;
  statusById(id: string): StatusRecord | null;
  statuses(): StatusRecord[];
  insertWorkflow(workflow: WorkflowRecord): void;
  workflowById(id: string): WorkflowRecord | null;
  insertScheme(scheme: WorkflowSchemeRecord): void;
  /** The workflow that governs issues of this type under this scheme. */
  workflowFor(schemeId: string, issueTypeId: string): WorkflowRecord;
}

export function workflowStore(db: Database): WorkflowStore {
  const store: WorkflowStore = {
    insertStatus(status) {
      db.prepare('INSERT INTO jira_statuses (id, name, description, category) VALUES (?, ?, ?, ?)').run(
        status.id,
        status.name,
        status.description,
        status.category,
      );
    },
    statusById(id) {
      return db.prepare<[string], StatusRecord>('SELECT id, name, description, category FROM jira_statuses WHERE id = ?').get(id) ?? null;
    },
    statuses() {
      return db.prepare<[], StatusRecord>('SELECT id, name, description, category FROM jira_statuses ORDER BY id').all();
    },
    insertWorkflow(workflow) {
      db.prepare('INSERT INTO jira_workflows (id, name, description) VALUES (?, ?, ?)').run(
        workflow.id,
        workflow.name,
        workflow.description,
      );
      for (const statusId of workflow.statusIds) {
        db.prepare('INSERT INTO jira_workflow_statuses (workflow_id, status_id) VALUES (?, ?)').run(workflow.id, statusId);
      }
      for (const [position, transition] of workflow.transitions.entries()) {
        db.prepare(
          `INSERT INTO jira_workflow_transitions
             (workflow_id, transition_id, name, type, from_status_ids, to_status_id, screen_id, rules, position)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          workflow.id,
          transition.id,
          transition.name,
          transition.type,
          JSON.stringify(transition.fromStatusIds),
          transition.toStatusId,
          transition.screenId,
          JSON.stringify(transition.rules),
          position,
        );
      }
    },
    workflowById(id) {
      const row = db
        .prepare<[string], { id: string; name: string; description: string }>('SELECT * FROM jira_workflows WHERE id = ?')
        .get(id);
      if (row === undefined) return null;
      const statusIds = db
        .prepare<[string], { status_id: string }>('SELECT status_id FROM jira_workflow_statuses WHERE workflow_id = ?')
        .all(id)
        .map((status) => status.status_id);
      const transitions = db
        .prepare<[string], TransitionRow>('SELECT * FROM jira_workflow_transitions WHERE workflow_id = ? ORDER BY position')
        .all(id)
        .map(toTransition);
      return { ...row, statusIds, transitions };
    },
    insertScheme(scheme) {
      db.prepare('INSERT INTO jira_workflow_schemes (id, name, default_workflow_id) VALUES (?, ?, ?)').run(
        scheme.id,
        scheme.name,
        scheme.defaultWorkflowId,
      );
      for (const [issueTypeId, workflowId] of Object.entries(scheme.mappings)) {
        db.prepare('INSERT INTO jira_workflow_scheme_mappings (scheme_id, issue_type_id, workflow_id) VALUES (?, ?, ?)').run(
          scheme.id,
          issueTypeId,
          workflowId,
        );
      }
    },
    workflowFor(schemeId, issueTypeId) {
      const row = db
        .prepare<[string, string], { workflow_id: string }>(
          `SELECT coalesce(
             (SELECT workflow_id FROM jira_workflow_scheme_mappings WHERE scheme_id = s.id AND issue_type_id = ?),
             s.default_workflow_id) AS workflow_id
           FROM jira_workflow_schemes s WHERE s.id = ?`,
        )
        .get(issueTypeId, schemeId);
      const workflow = row === undefined ? null : store.workflowById(row.workflow_id);
      if (workflow === null) throw new Error(`Workflow scheme ${schemeId} has no workflow for issue type ${issueTypeId}`);
      return workflow;
    },
  };
  return store;
}
