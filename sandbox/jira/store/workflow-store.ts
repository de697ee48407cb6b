import type { Database } from 'better-sqlite3';

/** A rule as the workflow APIs carry it: `{ id, ruleKey, parameters }`, parameters all strings. */
export interface WorkflowRule {
  readonly id: string;
  readonly ruleKey: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** Conditions combined with ALL or ANY, nested as the workflow APIs allow. */
export interface ConditionGroup {
  readonly operation: 'ALL' | 'ANY';
  readonly conditions: readonly WorkflowRule[];
  readonly conditionGroups: readonly ConditionGroup[];
}

export interface TransitionRules {
  readonly conditions: ConditionGroup | null;
  readonly validators: readonly WorkflowRule[];
  /** Post functions. */
  readonly actions: readonly WorkflowRule[];
}

export interface TransitionRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly type: 'INITIAL' | 'GLOBAL' | 'DIRECTED';
  /** Empty for INITIAL and GLOBAL transitions. */
  readonly fromStatusIds: readonly string[];
  readonly toStatusId: string;
  readonly screenId: string | null;
  readonly rules: TransitionRules;
  readonly properties: Readonly<Record<string, string>>;
}

export interface WorkflowStatusRecord {
  readonly statusId: string;
  /** How the workflow document refers to the status. */
  readonly statusReference: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface WorkflowRecord {
  /** A UUID, as the workflow APIs give. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The project of a team-managed (PROJECT-scoped) workflow; null for GLOBAL ones. */
  readonly projectId: string | null;
  readonly version: { readonly id: string; readonly versionNumber: number };
  readonly created: number;
  readonly updated: number;
  readonly statuses: readonly WorkflowStatusRecord[];
  readonly transitions: readonly TransitionRecord[];
}

export const NO_RULES: TransitionRules = { conditions: null, validators: [], actions: [] };

interface WorkflowRow {
  id: string;
  name: string;
  description: string;
  project_id: string | null;
  version_id: string;
  version_number: number;
  created: number;
  updated: number;
}

interface TransitionRow {
  transition_id: string;
  name: string;
  description: string;
  type: TransitionRecord['type'];
  from_status_ids: string;
  to_status_id: string;
  screen_id: string | null;
  rules: string;
  properties: string;
}

const toTransition = (row: TransitionRow): TransitionRecord => ({
  id: row.transition_id,
  name: row.name,
  description: row.description,
  type: row.type,
  fromStatusIds: JSON.parse(row.from_status_ids) as string[],
  toStatusId: row.to_status_id,
  screenId: row.screen_id,
  rules: JSON.parse(row.rules) as TransitionRules,
  properties: JSON.parse(row.properties) as Record<string, string>,
});

export interface WorkflowStore {
  insert(workflow: WorkflowRecord): void;
  /** Replaces a workflow's document (statuses, transitions, description, version) in place. */
  replace(workflow: WorkflowRecord): void;
  byId(id: string): WorkflowRecord | null;
  byName(name: string): WorkflowRecord | null;
  all(): WorkflowRecord[];
}

export function workflowStore(db: Database): WorkflowStore {
  const insertParts = (workflow: WorkflowRecord): void => {
    for (const [position, status] of workflow.statuses.entries()) {
      db.prepare(
        'INSERT INTO jira_workflow_statuses (workflow_id, status_id, status_reference, properties, position) VALUES (?, ?, ?, ?, ?)',
      ).run(workflow.id, status.statusId, status.statusReference, JSON.stringify(status.properties), position);
    }
    for (const [position, transition] of workflow.transitions.entries()) {
      db.prepare(
        `INSERT INTO jira_workflow_transitions
           (workflow_id, transition_id, name, description, type, from_status_ids, to_status_id, screen_id, rules, properties, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        workflow.id,
        transition.id,
        transition.name,
        transition.description,
        transition.type,
        JSON.stringify(transition.fromStatusIds),
        transition.toStatusId,
        transition.screenId,
        JSON.stringify(transition.rules),
        JSON.stringify(transition.properties),
        position,
      );
    }
  };
  const load = (row: WorkflowRow | undefined): WorkflowRecord | null => {
    if (row === undefined) return null;
    const statuses = db
      .prepare<[string], { status_id: string; status_reference: string; properties: string }>(
        'SELECT status_id, status_reference, properties FROM jira_workflow_statuses WHERE workflow_id = ? ORDER BY position',
      )
      .all(row.id)
      .map((status) => ({
        statusId: status.status_id,
        statusReference: status.status_reference,
        properties: JSON.parse(status.properties) as Record<string, string>,
      }));
    const transitions = db
      .prepare<[string], TransitionRow>('SELECT * FROM jira_workflow_transitions WHERE workflow_id = ? ORDER BY position')
      .all(row.id)
      .map(toTransition);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      projectId: row.project_id,
      version: { id: row.version_id, versionNumber: row.version_number },
      created: row.created,
      updated: row.updated,
      statuses,
      transitions,
    };
  };
  return {
    insert(workflow) {
      db.prepare(
        `INSERT INTO jira_workflows (id, name, description, project_id, version_id, version_number, created, updated)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        workflow.id,
        workflow.name,
        workflow.description,
        workflow.projectId,
        workflow.version.id,
        workflow.version.versionNumber,
        workflow.created,
        workflow.updated,
      );
      insertParts(workflow);
    },
    replace(workflow) {
      db.prepare('UPDATE jira_workflows SET description = ?, version_id = ?, version_number = ?, updated = ? WHERE id = ?').run(
        workflow.description,
        workflow.version.id,
        workflow.version.versionNumber,
        workflow.updated,
        workflow.id,
      );
      db.prepare('DELETE FROM jira_workflow_statuses WHERE workflow_id = ?').run(workflow.id);
      db.prepare('DELETE FROM jira_workflow_transitions WHERE workflow_id = ?').run(workflow.id);
      insertParts(workflow);
    },
    byId: (id) => load(db.prepare<[string], WorkflowRow>('SELECT * FROM jira_workflows WHERE id = ?').get(id)),
    byName: (name) => load(db.prepare<[string], WorkflowRow>('SELECT * FROM jira_workflows WHERE name = ?').get(name)),
    all() {
      return db
        .prepare<[], WorkflowRow>('SELECT * FROM jira_workflows ORDER BY name')
        .all()
        .flatMap((row) => load(row) ?? []);
    },
  };
}
