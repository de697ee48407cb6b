import type { Database } from 'better-sqlite3';

export interface IssueTypeSchemeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly defaultIssueTypeId: string | null;
  /** The site's Default Issue Type Scheme, which holds every issue type. */
  readonly isDefault: boolean;
}

interface SchemeRow {
  id: string;
  name: string;
  description: string;
  default_issue_type_id: string | null;
  is_default: number;
}

const toScheme = (row: SchemeRow): IssueTypeSchemeRecord => ({
  id: row.id,
  name: row.name,
  description: row.description,
  defaultIssueTypeId: row.default_issue_type_id,
  isDefault: row.is_default === 1,
});

/** Issue type schemes: which issue types a project offers, in which order. */
export interface IssueTypeSchemeStore {
  insert(scheme: IssueTypeSchemeRecord): void;
  byId(id: string): IssueTypeSchemeRecord | null;
  all(): IssueTypeSchemeRecord[];
  defaultScheme(): IssueTypeSchemeRecord;
  issueTypeIds(schemeId: string): string[];
  /** Appends issue types to the scheme. */
  append(schemeId: string, issueTypeIds: readonly string[]): void;
  projectIds(schemeId: string): string[];
}

export function issueTypeSchemeStore(db: Database): IssueTypeSchemeStore {
  const store: IssueTypeSchemeStore = {
    insert(scheme) {
      db.prepare(
        'INSERT INTO jira_issue_type_schemes (id, name, description, default_issue_type_id, is_default) VALUES (?, ?, ?, ?, ?)',
      ).run(scheme.id, scheme.name, scheme.description, scheme.defaultIssueTypeId, scheme.isDefault ? 1 : 0);
    },
    byId(id) {
      const row = db.prepare<[string], SchemeRow>('SELECT * FROM jira_issue_type_schemes WHERE id = ?').get(id);
      return row === undefined ? null : toScheme(row);
    },
    all() {
      return db.prepare<[], SchemeRow>('SELECT * FROM jira_issue_type_schemes ORDER BY CAST(id AS INTEGER)').all().map(toScheme);
    },
    defaultScheme() {
      const row = db.prepare<[], SchemeRow>('SELECT * FROM jira_issue_type_schemes WHERE is_default = 1').get();
      if (row === undefined) throw new Error('The site has no default issue type scheme');
      return toScheme(row);
    },
    issueTypeIds(schemeId) {
      return db
        .prepare<[string], { issue_type_id: string }>(
          'SELECT issue_type_id FROM jira_issue_type_scheme_items WHERE scheme_id = ? ORDER BY position',
        )
        .all(schemeId)
        .map((row) => row.issue_type_id);
    },
    append(schemeId, issueTypeIds) {
      const start = store.issueTypeIds(schemeId).length;
      for (const [offset, issueTypeId] of issueTypeIds.entries()) {
        db.prepare('INSERT INTO jira_issue_type_scheme_items (scheme_id, issue_type_id, position) VALUES (?, ?, ?)').run(
          schemeId,
          issueTypeId,
          start + offset,
        );
      }
    },
    projectIds(schemeId) {
      return db
        .prepare<[string], { id: string }>('SELECT id FROM jira_projects WHERE issue_type_scheme_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(schemeId)
        .map((row) => row.id);
    },
  };
  return store;
}
