import type { Database } from 'better-sqlite3';

export interface IssueTypeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** 0 for standard types, -1 for sub-tasks. */
  readonly hierarchyLevel: number;
  readonly iconAvatarId: number;
}

export interface PriorityRecord {
  readonly id: string;
  readonly name: string;
  readonly iconName: string;
  readonly isDefault: boolean;
}

export interface ResolutionRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface LinkTypeRecord {
  readonly id: string;
  readonly name: string;
  readonly inward: string;
  readonly outward: string;
}

interface IssueTypeRow {
  id: string;
  name: string;
  description: string;
  hierarchy_level: number;
  icon_avatar_id: number;
}

interface PriorityRow {
  id: string;
  name: string;
  icon_name: string;
  is_default: number;
}

const toIssueType = (row: IssueTypeRow): IssueTypeRecord => ({
  id: row.id,
  name: row.name,
  description: row.description,
  hierarchyLevel: row.hierarchy_level,
  iconAvatarId: row.icon_avatar_id,
});

const toPriority = (row: PriorityRow): PriorityRecord => ({
  id: row.id,
  name: row.name,
  iconName: row.icon_name,
  isDefault: row.is_default === 1,
});

/** Site-wide lists: issue types (and which projects offer them), priorities, resolutions, link types. */
export interface CatalogStore {
  insertIssueType(issueType: IssueTypeRecord): void;
  /** Adds the type to the project's issue type scheme, if it is not there yet. */
  addIssueTypeToProject(projectId: string, issueTypeId: string): void;
  issueTypeById(id: string): IssueTypeRecord | null;
  issueTypes(): IssueTypeRecord[];
  /** The types of the project's issue type scheme, in the scheme's order. */
  issueTypesOfProject(projectId: string): IssueTypeRecord[];
  insertPriority(priority: PriorityRecord): void;
  priorities(): PriorityRecord[];
  insertResolution(resolution: ResolutionRecord): void;
  resolutions(): ResolutionRecord[];
  insertLinkType(linkType: LinkTypeRecord): void;
  linkTypes(): LinkTypeRecord[];
}

export function catalogStore(db: Database): CatalogStore {
  return {
    insertIssueType(issueType) {
      db.prepare(
        'INSERT INTO jira_issue_types (id, name, description, hierarchy_level, icon_avatar_id) VALUES (?, ?, ?, ?, ?)',
      ).run(issueType.id, issueType.name, issueType.description, issueType.hierarchyLevel, issueType.iconAvatarId);
    },
    addIssueTypeToProject(projectId, issueTypeId) {
      db.prepare(
        `INSERT OR IGNORE INTO jira_issue_type_scheme_items (scheme_id, issue_type_id, position)
         SELECT p.issue_type_scheme_id, ?, (SELECT count(*) FROM jira_issue_type_scheme_items WHERE scheme_id = p.issue_type_scheme_id)
         FROM jira_projects p WHERE p.id = ?`,
      ).run(issueTypeId, projectId);
    },
    issueTypeById(id) {
      const row = db.prepare<[string], IssueTypeRow>('SELECT * FROM jira_issue_types WHERE id = ?').get(id);
      return row === undefined ? null : toIssueType(row);
    },
    issueTypes() {
      return db.prepare<[], IssueTypeRow>('SELECT * FROM jira_issue_types ORDER BY CAST(id AS INTEGER)').all().map(toIssueType);
    },
    issueTypesOfProject(projectId) {
      return db
        .prepare<[string], IssueTypeRow>(
          `SELECT t.* FROM jira_issue_types t
           JOIN jira_issue_type_scheme_items i ON i.issue_type_id = t.id
           JOIN jira_projects p ON p.issue_type_scheme_id = i.scheme_id
           WHERE p.id = ? ORDER BY i.position`,
        )
        .all(projectId)
        .map(toIssueType);
    },
    insertPriority(priority) {
      db.prepare('INSERT INTO jira_priorities (id, name, icon_name, is_default) VALUES (?, ?, ?, ?)').run(
        priority.id,
        priority.name,
        priority.iconName,
        priority.isDefault ? 1 : 0,
      );
    },
    priorities() {
      return db.prepare<[], PriorityRow>('SELECT * FROM jira_priorities ORDER BY CAST(id AS INTEGER)').all().map(toPriority);
    },
    insertResolution(resolution) {
      db.prepare('INSERT INTO jira_resolutions (id, name, description) VALUES (?, ?, ?)').run(
        resolution.id,
        resolution.name,
        resolution.description,
      );
    },
    resolutions() {
      return db.prepare<[], ResolutionRecord>('SELECT id, name, description FROM jira_resolutions ORDER BY id').all();
    },
    insertLinkType(linkType) {
      db.prepare('INSERT INTO jira_issue_link_types (id, name, inward, outward) VALUES (?, ?, ?, ?)').run(
        linkType.id,
        linkType.name,
        linkType.inward,
        linkType.outward,
      );
    },
    linkTypes() {
      return db.prepare<[], LinkTypeRecord>('SELECT id, name, inward, outward FROM jira_issue_link_types ORDER BY name').all();
    },
  };
}
