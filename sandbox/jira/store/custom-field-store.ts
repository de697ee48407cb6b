import type { Database } from 'better-sqlite3';

export interface CustomFieldRecord {
  /** `customfield_NNNNN`. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Jira's type key, e.g. `com.atlassian.jira.plugin.system.customfieldtypes:select`. */
  readonly typeKey: string;
  readonly searcherKey: string | null;
}

export interface FieldOptionRecord {
  readonly id: string;
  readonly fieldId: string;
  readonly value: string;
  readonly disabled: boolean;
}

interface FieldRow {
  id: string;
  name: string;
  description: string;
  type_key: string;
  searcher_key: string | null;
}

interface OptionRow {
  id: string;
  field_id: string;
  value: string;
  disabled: number;
}

const toField = (row: FieldRow): CustomFieldRecord => ({
  id: row.id,
  name: row.name,
  description: row.description,
  typeKey: row.type_key,
  searcherKey: row.searcher_key,
});

const toOption = (row: OptionRow): FieldOptionRecord => ({
  id: row.id,
  fieldId: row.field_id,
  value: row.value,
  disabled: row.disabled === 1,
});

export interface CustomFieldStore {
  insert(field: CustomFieldRecord): void;
  all(): CustomFieldRecord[];
  insertOption(option: FieldOptionRecord): void;
  options(fieldId: string): FieldOptionRecord[];
  optionById(id: string): FieldOptionRecord | null;
}

export function customFieldStore(db: Database): CustomFieldStore {
  return {
    insert(field) {
      db.prepare('INSERT INTO jira_custom_fields (id, name, description, type_key, searcher_key) VALUES (?, ?, ?, ?, ?)').run(
        field.id,
        field.name,
        field.description,
        field.typeKey,
        field.searcherKey,
      );
    },
    all() {
      return db.prepare<[], FieldRow>('SELECT * FROM jira_custom_fields ORDER BY id').all().map(toField);
    },
    insertOption(option) {
      db.prepare(
        `INSERT INTO jira_custom_field_options (id, field_id, value, disabled, position)
         VALUES (?, ?, ?, ?, (SELECT count(*) FROM jira_custom_field_options WHERE field_id = ?))`,
      ).run(option.id, option.fieldId, option.value, option.disabled ? 1 : 0, option.fieldId);
    },
    options(fieldId) {
      return db
        .prepare<[string], OptionRow>('SELECT * FROM jira_custom_field_options WHERE field_id = ? ORDER BY position')
        .all(fieldId)
        .map(toOption);
    },
    optionById(id) {
      const row = db.prepare<[string], OptionRow>('SELECT * FROM jira_custom_field_options WHERE id = ?').get(id);
      return row === undefined ? null : toOption(row);
    },
  };
}
