import type { Database } from 'better-sqlite3';

/** The value types a Forge `jira:customField` may declare that the emulator keeps. */
export type ForgeValueType = 'string' | 'number' | 'user' | 'date' | 'datetime';

export interface CustomFieldRecord {
  /** `customfield_NNNNN`. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Jira's type key, e.g. `com.atlassian.jira.plugin.system.customfieldtypes:select`; a Forge field's extension ARI. */
  readonly typeKey: string;
  readonly searcherKey: string | null;
  /** The manifest's `type` of a Forge field; null for Jira's own field types. */
  readonly valueType: ForgeValueType | null;
  /** Forge `readOnly`: only the app writes it, through the app field value API. */
  readonly readOnly: boolean;
}

export interface FieldOptionRecord {
  readonly id: string;
  readonly fieldId: string;
  readonly contextId: string;
  readonly value: string;
  readonly disabled: boolean;
}

interface FieldRow {
  id: string;
  name: string;
  description: string;
  type_key: string;
  searcher_key: string | null;
  value_type: ForgeValueType | null;
  read_only: number;
}

interface OptionRow {
  id: string;
  field_id: string;
  context_id: string;
  value: string;
  disabled: number;
}

const toField = (row: FieldRow): CustomFieldRecord => ({
  id: row.id,
  name: row.name,
  description: row.description,
  typeKey: row.type_key,
  searcherKey: row.searcher_key,
  valueType: row.value_type,
  readOnly: row.read_only === 1,
});

const toOption = (row: OptionRow): FieldOptionRecord => ({
  id: row.id,
  fieldId: row.field_id,
  contextId: row.context_id,
  value: row.value,
  disabled: row.disabled === 1,
});

export interface CustomFieldStore {
  insert(field: CustomFieldRecord): void;
  all(): CustomFieldRecord[];
  byId(id: string): CustomFieldRecord | null;
  insertOption(option: FieldOptionRecord): void;
  updateOption(option: FieldOptionRecord): void;
  /** Every option of the field, across its contexts. */
  options(fieldId: string): FieldOptionRecord[];
  optionsOfContext(contextId: string): FieldOptionRecord[];
  optionById(id: string): FieldOptionRecord | null;
}

export function customFieldStore(db: Database): CustomFieldStore {
  // Every issue read, write and search asks for every field. Kept only outside a transaction,
  // and dropped at every insert, so a rolled-back field is never served.
  let fields: CustomFieldRecord[] | null = null;
  return {
    insert(field) {
      fields = null;
      db.prepare(
        'INSERT INTO jira_custom_fields (id, name, description, type_key, searcher_key, value_type, read_only) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(field.id, field.name, field.description, field.typeKey, field.searcherKey, field.valueType, field.readOnly ? 1 : 0);
    },
    all() {
      if (fields !== null) return [...fields];
      const read = db.prepare<[], FieldRow>('SELECT * FROM jira_custom_fields ORDER BY id').all().map(toField);
      if (!db.inTransaction) fields = read;
      return [...read];
    },
    byId(id) {
      const row = db.prepare<[string], FieldRow>('SELECT * FROM jira_custom_fields WHERE id = ?').get(id);
      return row === undefined ? null : toField(row);
    },
    insertOption(option) {
      db.prepare(
        `INSERT INTO jira_custom_field_options (id, field_id, context_id, value, disabled, position)
         VALUES (?, ?, ?, ?, ?, (SELECT count(*) FROM jira_custom_field_options WHERE context_id = ?))`,
      ).run(option.id, option.fieldId, option.contextId, option.value, option.disabled ? 1 : 0, option.contextId);
    },
    updateOption(option) {
      db.prepare('UPDATE jira_custom_field_options SET value = ?, disabled = ? WHERE id = ?').run(
        option.value,
        option.disabled ? 1 : 0,
        option.id,
      );
    },
    options(fieldId) {
      return db
        .prepare<[string], OptionRow>('SELECT * FROM jira_custom_field_options WHERE field_id = ? ORDER BY context_id, position')
        .all(fieldId)
        .map(toOption);
    },
    optionsOfContext(contextId) {
      return db
        .prepare<[string], OptionRow>('SELECT * FROM jira_custom_field_options WHERE context_id = ? ORDER BY position')
        .all(contextId)
        .map(toOption);
    },
    optionById(id) {
      const row = db.prepare<[string], OptionRow>('SELECT * FROM jira_custom_field_options WHERE id = ?').get(id);
      return row === undefined ? null : toOption(row);
    },
  };
}
