import type { Database } from 'better-sqlite3';

export interface ServiceDeskRecord {
  readonly id: string;
  readonly projectId: string;
}

export interface RequestTypeRecord {
  readonly id: string;
  readonly serviceDeskId: string;
  readonly issueTypeId: string;
  readonly name: string;
  readonly description: string;
  readonly helpText: string;
  readonly groupIds: readonly string[];
}

/** A request type group: the portal shows its request types under the group's name, in the groups' order. */
export interface RequestTypeGroupRecord {
  readonly id: string;
  readonly serviceDeskId: string;
  readonly name: string;
}

interface RequestTypeRow {
  id: string;
  service_desk_id: string;
  issue_type_id: string;
  name: string;
  description: string;
  help_text: string;
  group_ids: string;
}

const toRequestType = (row: RequestTypeRow): RequestTypeRecord => ({
  id: row.id,
  serviceDeskId: row.service_desk_id,
  issueTypeId: row.issue_type_id,
  name: row.name,
  description: row.description,
  helpText: row.help_text,
  groupIds: JSON.parse(row.group_ids) as string[],
});

export interface ServiceDeskStore {
  insert(serviceDesk: ServiceDeskRecord): void;
  all(): ServiceDeskRecord[];
  byId(id: string): ServiceDeskRecord | null;
  byProjectId(projectId: string): ServiceDeskRecord | null;
  insertRequestType(requestType: RequestTypeRecord): void;
  requestTypes(serviceDeskId: string): RequestTypeRecord[];
  requestTypeById(id: string): RequestTypeRecord | null;
  setRequestTypeGroups(requestTypeId: string, groupIds: readonly string[]): void;
  /** Appends a group after the desk's others. */
  insertGroup(group: RequestTypeGroupRecord): void;
  /** The desk's groups in the order the portal shows them. */
  groups(serviceDeskId: string): RequestTypeGroupRecord[];
}

export function serviceDeskStore(db: Database): ServiceDeskStore {
  const deskBy = (column: 'id' | 'project_id', value: string): ServiceDeskRecord | null => {
    const row = db
      .prepare<[string], { id: string; project_id: string }>(`SELECT id, project_id FROM jira_service_desks WHERE ${column} = ?`)
      .get(value);
    return row === undefined ? null : { id: row.id, projectId: row.project_id };
  };
  return {
    insert(serviceDesk) {
      db.prepare('INSERT INTO jira_service_desks (id, project_id) VALUES (?, ?)').run(serviceDesk.id, serviceDesk.projectId);
    },
    all() {
      return db
        .prepare<[], { id: string; project_id: string }>('SELECT id, project_id FROM jira_service_desks ORDER BY CAST(id AS INTEGER)')
        .all()
        .map((row) => ({ id: row.id, projectId: row.project_id }));
    },
    byId: (id) => deskBy('id', id),
    byProjectId: (projectId) => deskBy('project_id', projectId),
    insertRequestType(requestType) {
      db.prepare(
        `INSERT INTO jira_request_types (id, service_desk_id, issue_type_id, name, description, help_text, group_ids)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        requestType.id,
        requestType.serviceDeskId,
        requestType.issueTypeId,
        requestType.name,
        requestType.description,
        requestType.helpText,
        JSON.stringify(requestType.groupIds),
      );
    },
    requestTypes(serviceDeskId) {
      return db
        .prepare<[string], RequestTypeRow>(
          'SELECT * FROM jira_request_types WHERE service_desk_id = ? ORDER BY CAST(id AS INTEGER)',
        )
        .all(serviceDeskId)
        .map(toRequestType);
    },
    requestTypeById(id) {
      const row = db.prepare<[string], RequestTypeRow>('SELECT * FROM jira_request_types WHERE id = ?').get(id);
      return row === undefined ? null : toRequestType(row);
    },
    setRequestTypeGroups(requestTypeId, groupIds) {
      db.prepare('UPDATE jira_request_types SET group_ids = ? WHERE id = ?').run(JSON.stringify(groupIds), requestTypeId);
    },
    insertGroup(group) {
      db.prepare(
        `INSERT INTO jira_request_type_groups (id, service_desk_id, name, position)
         VALUES (?, ?, ?, (SELECT COUNT(*) FROM jira_request_type_groups WHERE service_desk_id = ?))`,
      ).run(group.id, group.serviceDeskId, group.name, group.serviceDeskId);
    },
    groups(serviceDeskId) {
      return db
        .prepare<[string], { id: string; service_desk_id: string; name: string }>(
          'SELECT id, service_desk_id, name FROM jira_request_type_groups WHERE service_desk_id = ? ORDER BY position',
        )
        .all(serviceDeskId)
        .map((row) => ({ id: row.id, serviceDeskId: row.service_desk_id, name: row.name }));
    },
  };
}
