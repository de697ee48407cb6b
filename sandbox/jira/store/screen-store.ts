import type { Database } from 'better-sqlite3';

export interface ScreenRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface ScreenTabRecord {
  readonly id: string;
  readonly screenId: string;
  readonly name: string;
}

/** Screens, their tabs and the fields on each tab. */
export interface ScreenStore {
  insert(screen: ScreenRecord): void;
  byId(id: string): ScreenRecord | null;
  byName(name: string): ScreenRecord | null;
  all(): ScreenRecord[];
  insertTab(tab: ScreenTabRecord): void;
  tabs(screenId: string): ScreenTabRecord[];
  addField(tabId: string, fieldId: string): void;
  fieldIdsOfTab(tabId: string): string[];
  /** The fields on every tab of the screen, tab by tab. */
  fieldIds(screenId: string): string[];
}

export function screenStore(db: Database): ScreenStore {
  return {
    insert(screen) {
      db.prepare('INSERT INTO jira_screens (id, name, description) VALUES (?, ?, ?)').run(screen.id, screen.name, screen.description);
    },
    byId(id) {
      return db.prepare<[string], ScreenRecord>('SELECT id, name, description FROM jira_screens WHERE id = ?').get(id) ?? null;
    },
    byName(name) {
      return db.prepare<[string], ScreenRecord>('SELECT id, name, description FROM jira_screens WHERE lower(name) = lower(?)').get(name) ?? null;
    },
    all() {
      return db.prepare<[], ScreenRecord>('SELECT id, name, description FROM jira_screens ORDER BY CAST(id AS INTEGER)').all();
    },
    insertTab(tab) {
      db.prepare(
        `INSERT INTO jira_screen_tabs (id, screen_id, name, position)
         VALUES (?, ?, ?, (SELECT count(*) FROM jira_screen_tabs WHERE screen_id = ?))`,
      ).run(tab.id, tab.screenId, tab.name, tab.screenId);
    },
    tabs(screenId) {
      return db
        .prepare<[string], ScreenTabRecord>('SELECT id, screen_id AS screenId, name FROM jira_screen_tabs WHERE screen_id = ? ORDER BY position')
        .all(screenId);
    },
    addField(tabId, fieldId) {
      db.prepare(
        `INSERT INTO jira_screen_tab_fields (tab_id, field_id, position)
         VALUES (?, ?, (SELECT count(*) FROM jira_screen_tab_fields WHERE tab_id = ?))`,
      ).run(tabId, fieldId, tabId);
    },
    fieldIdsOfTab(tabId) {
      return db
        .prepare<[string], { field_id: string }>('SELECT field_id FROM jira_screen_tab_fields WHERE tab_id = ? ORDER BY position')
        .all(tabId)
        .map((row) => row.field_id);
    },
    fieldIds(screenId) {
      return db
        .prepare<[string], { field_id: string }>(
          `SELECT f.field_id FROM jira_screen_tab_fields f JOIN jira_screen_tabs t ON t.id = f.tab_id
           WHERE t.screen_id = ? ORDER BY t.position, f.position`,
        )
        .all(screenId)
        .map((row) => row.field_id);
    },
  };
}
