import type { Database } from 'better-sqlite3';

/**
 * Bumped whenever a table changes shape: a sandbox data file written by an older emulator is
 * then rebuilt from the seed instead of failing on a missing column.
 */
const SCHEMA_VERSION = 4;

/**
 * The emulated site. Configuration (issue types and their schemes, statuses, workflows and
 * schemes, fields with contexts and options, screens and screen schemes, request types,
 * permission schemes and project roles, the installed app's modules) is data in tables that the configuration
 * endpoints change. JSON columns hold values whose shape Jira defines (field values, ADF,
 * property values, transition rules).
 */
const TABLES: readonly string[] = [
  `CREATE TABLE jira_meta (schema_version INTEGER NOT NULL)`,
  `CREATE TABLE jira_sequences (name TEXT PRIMARY KEY, next_value INTEGER NOT NULL)`,
  `CREATE TABLE jira_users (
     account_id TEXT PRIMARY KEY, account_type TEXT NOT NULL, display_name TEXT NOT NULL,
     email TEXT, active INTEGER NOT NULL, locale TEXT NOT NULL, time_zone TEXT NOT NULL,
     role_label TEXT NOT NULL, position INTEGER NOT NULL)`,
  `CREATE UNIQUE INDEX jira_users_email ON jira_users (lower(email))`,
  `CREATE TABLE jira_groups (group_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)`,
  `CREATE TABLE jira_group_members (group_id TEXT NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (group_id, account_id))`,
  `CREATE TABLE jira_global_permission_grants (permission TEXT NOT NULL, group_name TEXT NOT NULL, PRIMARY KEY (permission, group_name))`,
  `CREATE TABLE jira_permission_schemes (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL)`,
  // holder_parameter is '' for holders without one, so that the same grant cannot be made twice.
  `CREATE TABLE jira_permission_grants (
     id TEXT PRIMARY KEY, scheme_id TEXT NOT NULL, permission TEXT NOT NULL, holder_type TEXT NOT NULL,
     holder_parameter TEXT NOT NULL, UNIQUE (scheme_id, permission, holder_type, holder_parameter))`,
  `CREATE TABLE jira_project_roles (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL)`,
  `CREATE TABLE jira_project_role_actors (project_id TEXT NOT NULL, role_id TEXT NOT NULL, account_id TEXT NOT NULL,
     PRIMARY KEY (project_id, role_id, account_id))`,
  `CREATE TABLE jira_projects (
     id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL,
     project_type_key TEXT NOT NULL, lead_account_id TEXT NOT NULL, workflow_scheme_id TEXT NOT NULL,
     issue_type_scheme_id TEXT NOT NULL, issue_type_screen_scheme_id TEXT NOT NULL, permission_scheme_id TEXT NOT NULL,
     next_issue_number INTEGER NOT NULL)`,
  `CREATE TABLE jira_components (
     id TEXT PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
     lead_account_id TEXT, assignee_type TEXT NOT NULL)`,
  `CREATE TABLE jira_issue_types (
     id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, hierarchy_level INTEGER NOT NULL,
     icon_avatar_id INTEGER NOT NULL)`,
  `CREATE UNIQUE INDEX jira_issue_types_name ON jira_issue_types (lower(name))`,
  `CREATE TABLE jira_issue_type_schemes (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
     default_issue_type_id TEXT, is_default INTEGER NOT NULL)`,
  `CREATE TABLE jira_issue_type_scheme_items (scheme_id TEXT NOT NULL, issue_type_id TEXT NOT NULL, position INTEGER NOT NULL,
     PRIMARY KEY (scheme_id, issue_type_id))`,
  `CREATE TABLE jira_priorities (id TEXT PRIMARY KEY, name TEXT NOT NULL, icon_name TEXT NOT NULL, is_default INTEGER NOT NULL)`,
  `CREATE TABLE jira_resolutions (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL)`,
  `CREATE TABLE jira_statuses (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
     category TEXT NOT NULL CHECK (category IN ('TODO', 'IN_PROGRESS', 'DONE')), project_id TEXT)`,
  `CREATE TABLE jira_workflows (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL, project_id TEXT,
     version_id TEXT NOT NULL, version_number INTEGER NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL)`,
  `CREATE TABLE jira_workflow_statuses (workflow_id TEXT NOT NULL, status_id TEXT NOT NULL, status_reference TEXT NOT NULL,
     properties TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (workflow_id, status_id))`,
  `CREATE TABLE jira_workflow_transitions (
     workflow_id TEXT NOT NULL, transition_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
     type TEXT NOT NULL CHECK (type IN ('INITIAL', 'GLOBAL', 'DIRECTED')),
     from_status_ids TEXT NOT NULL, to_status_id TEXT NOT NULL, screen_id TEXT,
     rules TEXT NOT NULL, properties TEXT NOT NULL, position INTEGER NOT NULL,
     PRIMARY KEY (workflow_id, transition_id))`,
  `CREATE TABLE jira_workflow_schemes (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL,
     default_workflow_id TEXT NOT NULL, version_id TEXT NOT NULL, version_number INTEGER NOT NULL)`,
  `CREATE TABLE jira_workflow_scheme_mappings (scheme_id TEXT NOT NULL, issue_type_id TEXT NOT NULL, workflow_id TEXT NOT NULL,
     PRIMARY KEY (scheme_id, issue_type_id))`,
  `CREATE TABLE jira_custom_fields (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
     type_key TEXT NOT NULL, searcher_key TEXT, value_type TEXT, read_only INTEGER NOT NULL)`,
  `CREATE TABLE jira_field_contexts (id TEXT PRIMARY KEY, field_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL)`,
  `CREATE TABLE jira_field_context_projects (context_id TEXT NOT NULL, project_id TEXT NOT NULL, PRIMARY KEY (context_id, project_id))`,
  `CREATE TABLE jira_field_context_issue_types (context_id TEXT NOT NULL, issue_type_id TEXT NOT NULL,
     PRIMARY KEY (context_id, issue_type_id))`,
  `CREATE TABLE jira_custom_field_options (id TEXT PRIMARY KEY, field_id TEXT NOT NULL, context_id TEXT NOT NULL,
     value TEXT NOT NULL, disabled INTEGER NOT NULL, position INTEGER NOT NULL)`,
  `CREATE TABLE jira_screens (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL)`,
  `CREATE UNIQUE INDEX jira_screens_name ON jira_screens (lower(name))`,
  `CREATE TABLE jira_screen_tabs (id TEXT PRIMARY KEY, screen_id TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL)`,
  `CREATE TABLE jira_screen_tab_fields (tab_id TEXT NOT NULL, field_id TEXT NOT NULL, position INTEGER NOT NULL,
     PRIMARY KEY (tab_id, field_id))`,
  `CREATE TABLE jira_screen_schemes (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, screens TEXT NOT NULL)`,
  `CREATE TABLE jira_issue_type_screen_schemes (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL)`,
  `CREATE TABLE jira_issue_type_screen_scheme_items (scheme_id TEXT NOT NULL, issue_type_id TEXT NOT NULL,
     screen_scheme_id TEXT NOT NULL, PRIMARY KEY (scheme_id, issue_type_id))`,
  `CREATE TABLE jira_app_extensions (key TEXT PRIMARY KEY, module_type TEXT NOT NULL, module_key TEXT NOT NULL, definition TEXT NOT NULL)`,
  `CREATE TABLE jira_tasks (id TEXT PRIMARY KEY, description TEXT NOT NULL, submitted_by TEXT NOT NULL,
     submitted INTEGER NOT NULL, finished INTEGER NOT NULL, result TEXT NOT NULL)`,
  `CREATE TABLE jira_service_desks (id TEXT PRIMARY KEY, project_id TEXT NOT NULL UNIQUE)`,
  `CREATE TABLE jira_request_types (
     id TEXT PRIMARY KEY, service_desk_id TEXT NOT NULL, issue_type_id TEXT NOT NULL, name TEXT NOT NULL,
     description TEXT NOT NULL, help_text TEXT NOT NULL, group_ids TEXT NOT NULL)`,
  `CREATE TABLE jira_request_type_groups (id TEXT PRIMARY KEY, service_desk_id TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL)`,
  `CREATE TABLE jira_issue_link_types (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, inward TEXT NOT NULL, outward TEXT NOT NULL)`,
  `CREATE TABLE jira_issues (
     id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, project_id TEXT NOT NULL, fields TEXT NOT NULL,
     created INTEGER NOT NULL, updated INTEGER NOT NULL)`,
  `CREATE TABLE jira_issue_properties (issue_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (issue_id, key))`,
  `CREATE TABLE jira_comments (
     id TEXT PRIMARY KEY, issue_id TEXT NOT NULL, author_account_id TEXT NOT NULL, body TEXT NOT NULL,
     jsd_public INTEGER NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL)`,
  `CREATE INDEX jira_comments_issue ON jira_comments (issue_id)`,
  `CREATE TABLE jira_changelogs (id TEXT PRIMARY KEY, issue_id TEXT NOT NULL, author_account_id TEXT NOT NULL,
     created INTEGER NOT NULL, items TEXT NOT NULL)`,
  `CREATE INDEX jira_changelogs_issue ON jira_changelogs (issue_id)`,
  `CREATE TABLE jira_issue_links (id TEXT PRIMARY KEY, type_id TEXT NOT NULL, inward_issue_id TEXT NOT NULL,
     outward_issue_id TEXT NOT NULL)`,
  `CREATE TABLE jira_notifications (id INTEGER PRIMARY KEY, issue_id TEXT NOT NULL, issue_key TEXT NOT NULL,
     sender_account_id TEXT NOT NULL, subject TEXT NOT NULL, text_body TEXT NOT NULL, html_body TEXT NOT NULL,
     recipients TEXT NOT NULL, sent_at INTEGER NOT NULL)`,
];

const ownTables = (db: Database): string[] =>
  db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'jira\\_%' ESCAPE '\\'`)
    .all()
    .map((row) => row.name);

/**
 * Drops the emulator's own tables (all prefixed `jira_`, as the host may keep other data in the
 * same database) and creates the current schema; the site is empty afterwards.
 */
export function rebuildSchema(db: Database): void {
  db.transaction(() => {
    for (const name of ownTables(db)) db.exec(`DROP TABLE "${name}"`);
    for (const ddl of TABLES) db.exec(ddl);
    db.prepare('INSERT INTO jira_meta (schema_version) VALUES (?)').run(SCHEMA_VERSION);
  })();
}

/** True when the database already holds a site written by this schema version. */
export function hasCurrentSchema(db: Database): boolean {
  if (!ownTables(db).includes('jira_meta')) return false;
  const row = db.prepare<[], { schema_version: number }>('SELECT schema_version FROM jira_meta').get();
  return row?.schema_version === SCHEMA_VERSION;
}
