import type { Database } from 'better-sqlite3';

/** A Forge expression rule module (`jira:workflowValidator` or `jira:workflowCondition`) of the installed app. */
export interface ExpressionRuleExtension {
  readonly moduleType: 'jira:workflowValidator' | 'jira:workflowCondition';
  /** `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}`, as rules reference it. */
  readonly key: string;
  readonly moduleKey: string;
  readonly expression: string;
  /** A validator's message when its expression returns false; null for conditions and for Jira's default text. */
  readonly errorMessage: string | null;
  /** A validator's `errorMessage: { expression }`, evaluated for the message instead. */
  readonly errorExpression: string | null;
}

/** A Forge `jira:customField` of the installed app and the site field it became. */
export interface CustomFieldExtension {
  readonly moduleType: 'jira:customField';
  readonly key: string;
  readonly moduleKey: string;
  readonly fieldId: string;
}

/** A Forge `jira:jqlFunction`: Jira calls the app's function to replace a clause that uses it. */
export interface JqlFunctionExtension {
  readonly moduleType: 'jira:jqlFunction';
  readonly key: string;
  readonly moduleKey: string;
  /** The name queries call it by. */
  readonly name: string;
  /** The manifest's function key that answers it. */
  readonly functionKey: string;
  readonly operators: readonly string[];
  readonly types: readonly string[];
}

export type AppExtension = ExpressionRuleExtension | CustomFieldExtension | JqlFunctionExtension;

/** The modules of installed Forge apps that Jira itself runs or shows: fields, workflow rules, JQL functions. */
export interface AppExtensionStore {
  /** Registers a module, or replaces its definition on reinstall. */
  upsert(extension: AppExtension): void;
  byKey(key: string): AppExtension | null;
  all(): AppExtension[];
}

export function appExtensionStore(db: Database): AppExtensionStore {
  const parse = (row: { definition: string } | undefined): AppExtension | null =>
    row === undefined ? null : (JSON.parse(row.definition) as AppExtension);
  return {
    upsert(extension) {
      db.prepare(
        `INSERT INTO jira_app_extensions (key, module_type, module_key, definition) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET module_type = excluded.module_type, definition = excluded.definition`,
      ).run(extension.key, extension.moduleType, extension.moduleKey, JSON.stringify(extension));
    },
    byKey: (key) => parse(db.prepare<[string], { definition: string }>('SELECT definition FROM jira_app_extensions WHERE key = ?').get(key)),
    all() {
      return db
        .prepare<[], { definition: string }>('SELECT definition FROM jira_app_extensions ORDER BY key')
        .all()
        .flatMap((row) => parse(row) ?? []);
    },
  };
}
