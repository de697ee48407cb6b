import type { Database } from 'better-sqlite3';

/** The screen per operation; `default` serves the operations not named. */
export interface ScreenTypes {
  readonly default: string;
  readonly create?: string;
  readonly edit?: string;
  readonly view?: string;
}

export interface ScreenSchemeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly screens: ScreenTypes;
}

export interface IssueTypeScreenSchemeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** One row of an issue type screen scheme; `issueTypeId` is `default` for the types not listed. */
export interface IssueTypeScreenMapping {
  readonly issueTypeId: string;
  readonly screenSchemeId: string;
}

/** Screen schemes (screens per operation) and issue type screen schemes (screen scheme per issue type). */
export interface ScreenSchemeStore {
  insert(scheme: ScreenSchemeRecord): void;
  replace(scheme: ScreenSchemeRecord): void;
  byId(id: string): ScreenSchemeRecord | null;
  all(): ScreenSchemeRecord[];
  insertIssueTypeScheme(scheme: IssueTypeScreenSchemeRecord): void;
  issueTypeSchemeById(id: string): IssueTypeScreenSchemeRecord | null;
  issueTypeSchemes(): IssueTypeScreenSchemeRecord[];
  addMappings(issueTypeSchemeId: string, mappings: readonly IssueTypeScreenMapping[]): void;
  removeMappings(issueTypeSchemeId: string, issueTypeIds: readonly string[]): void;
  mappings(issueTypeSchemeId: string): IssueTypeScreenMapping[];
  projectIds(issueTypeSchemeId: string): string[];
}

interface SchemeRow {
  id: string;
  name: string;
  description: string;
  screens: string;
}

const toScheme = (row: SchemeRow): ScreenSchemeRecord => ({ ...row, screens: JSON.parse(row.screens) as ScreenTypes });

export function screenSchemeStore(db: Database): ScreenSchemeStore {
  return {
    insert(scheme) {
      db.prepare('INSERT INTO jira_screen_schemes (id, name, description, screens) VALUES (?, ?, ?, ?)').run(
        scheme.id,
        scheme.name,
        scheme.description,
        JSON.stringify(scheme.screens),
      );
    },
    replace(scheme) {
      db.prepare('UPDATE jira_screen_schemes SET name = ?, description = ?, screens = ? WHERE id = ?').run(
        scheme.name,
        scheme.description,
        JSON.stringify(scheme.screens),
        scheme.id,
      );
    },
    byId(id) {
      const row = db.prepare<[string], SchemeRow>('SELECT * FROM jira_screen_schemes WHERE id = ?').get(id);
      return row === undefined ? null : toScheme(row);
    },
    all() {
      return db.prepare<[], SchemeRow>('SELECT * FROM jira_screen_schemes ORDER BY CAST(id AS INTEGER)').all().map(toScheme);
    },
    insertIssueTypeScheme(scheme) {
      db.prepare('INSERT INTO jira_issue_type_screen_schemes (id, name, description) VALUES (?, ?, ?)').run(
        scheme.id,
        scheme.name,
        scheme.description,
      );
    },
    issueTypeSchemeById(id) {
      return (
        db
          .prepare<[string], IssueTypeScreenSchemeRecord>('SELECT id, name, description FROM jira_issue_type_screen_schemes WHERE id = ?')
          .get(id) ?? null
      );
    },
    issueTypeSchemes() {
      return db
        .prepare<[], IssueTypeScreenSchemeRecord>('SELECT id, name, description FROM jira_issue_type_screen_schemes ORDER BY CAST(id AS INTEGER)')
        .all();
    },
    addMappings(issueTypeSchemeId, mappings) {
      for (const mapping of mappings) {
        db.prepare('INSERT INTO jira_issue_type_screen_scheme_items (scheme_id, issue_type_id, screen_scheme_id) VALUES (?, ?, ?)').run(
          issueTypeSchemeId,
          mapping.issueTypeId,
          mapping.screenSchemeId,
        );
      }
    },
    removeMappings(issueTypeSchemeId, issueTypeIds) {
      for (const issueTypeId of issueTypeIds) {
        db.prepare('DELETE FROM jira_issue_type_screen_scheme_items WHERE scheme_id = ? AND issue_type_id = ?').run(issueTypeSchemeId, issueTypeId);
      }
    },
    mappings(issueTypeSchemeId) {
      return db
        .prepare<[string], IssueTypeScreenMapping>(
          `SELECT issue_type_id AS issueTypeId, screen_scheme_id AS screenSchemeId FROM jira_issue_type_screen_scheme_items
           WHERE scheme_id = ? ORDER BY issue_type_id <> 'default', CAST(issue_type_id AS INTEGER)`,
        )
        .all(issueTypeSchemeId);
    },
    projectIds(issueTypeSchemeId) {
      return db
        .prepare<[string], { id: string }>('SELECT id FROM jira_projects WHERE issue_type_screen_scheme_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(issueTypeSchemeId)
        .map((row) => row.id);
    },
  };
}
