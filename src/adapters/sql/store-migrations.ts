import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { TimingSettings } from '../../domain/metrics/complaint-timings';
import { backfillRepeatLinks } from './backfill-repeat-links';
import { backfillTimings } from './backfill-timings';
import { clusteredOnKey, type SqlEngine } from './sql-engine';
import { WIDTH, type StoreDatabase } from './store-schema';

/**
 * One named, ordered schema change. MySQL and TiDB commit each DDL statement on its own, so a
 * step may stop half done; every statement in a step is therefore idempotent (IF NOT EXISTS,
 * which TiDB, MySQL-compatible MariaDB and SQLite accept for tables and indexes) and a rerun
 * finishes it.
 */
export interface MigrationStep {
  readonly name: string;
  /** `settings` are what the store works out its rows' timings with, for a step that fills them in. */
  readonly up: (db: Kysely<StoreDatabase>, engine: SqlEngine, settings: TimingSettings) => Promise<void>;
}

const varchar = (width: number) => `varchar(${width})` as const;

const complaintColumns = <T extends string>(table: CreateTableBuilder<T>) =>
  table
    .addColumn('issue_id', varchar(WIDTH.issueId), (c) => c.primaryKey())
    .addColumn('issue_key', varchar(WIDTH.issueKey), (c) => c.notNull())
    .addColumn('project_key', varchar(WIDTH.projectKey), (c) => c.notNull())
    .addColumn('department_id', varchar(WIDTH.departmentId))
    .addColumn('subject_kind', 'smallint')
    .addColumn('subject_value', varchar(WIDTH.subjectValue))
    .addColumn('channel', 'smallint')
    .addColumn('anonymous', 'smallint', (c) => c.notNull())
    .addColumn('status', 'smallint', (c) => c.notNull())
    .addColumn('resolution', 'smallint')
    .addColumn('assignee_account_id', varchar(WIDTH.accountId))
    .addColumn('reporter_account_id', varchar(WIDTH.accountId))
    .addColumn('measures', varchar(WIDTH.text))
    .addColumn('measures_deadline', varchar(WIDTH.date))
    .addColumn('action_taken', varchar(WIDTH.text))
    // A double, as Jira's number field is: no currency here has more precision than it keeps.
    .addColumn('compensation', 'double precision')
    .addColumn('satisfaction', 'smallint')
    .addColumn('considered_resolved', 'smallint')
    .addColumn('return_count', 'smallint', (c) => c.notNull())
    .addColumn('reopen_count', 'smallint', (c) => c.notNull())
    .addColumn('follow_up_of', varchar(WIDTH.issueKey))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('status_changed_at', 'bigint', (c) => c.notNull())
    .addColumn('first_action_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .addColumn('next_due_at', 'bigint')
    .addColumn('due_at', 'bigint')
    .addColumn('escalation_level', 'smallint', (c) => c.notNull())
    .addColumn('routed_at', 'bigint')
    .addColumn('route_attempts', 'smallint', (c) => c.notNull())
    .addColumn('jira_updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull());

const trailColumns = <T extends string>(table: CreateTableBuilder<T>) =>
  table
    .addColumn('issue_id', varchar(WIDTH.issueId), (c) => c.notNull())
    .addColumn('entry_key', varchar(WIDTH.entryKey), (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'smallint', (c) => c.notNull())
    .addColumn('actor_account_id', varchar(WIDTH.accountId))
    .addColumn('reason', varchar(WIDTH.reason), (c) => c.notNull())
    .addColumn('recipients', varchar(WIDTH.recipients), (c) => c.notNull())
    .addColumn('level', 'smallint')
    .addColumn('status', 'smallint', (c) => c.notNull())
    .addColumn('note', varchar(WIDTH.note))
    // The key makes appending idempotent, and keeps each issue's entries together for reading.
    .addPrimaryKeyConstraint('complaint_trail_pk', ['issue_id', 'entry_key']);

/**
 * Whether a table has a column: selecting it succeeds. Asked this way rather than through the
 * catalogue, which SQLite keeps in pragmas and Forge SQL's MySQL in information_schema.
 */
const hasColumn = async (db: Kysely<StoreDatabase>, table: string, column: string): Promise<boolean> => {
  try {
    await sql`select ${sql.ref(column)} from ${sql.table(table)} limit 1`.execute(db);
    return true;
  } catch {
    return false;
  }
};

/**
 * Adds a nullable column unless it is there: neither SQLite nor MySQL has ADD COLUMN IF NOT
 * EXISTS. A runner that meets another one adding it at the same time finds it there and is done.
 */
const addColumnOnce = async (
  db: Kysely<StoreDatabase>,
  table: 'complaint' | 'complaint_trail',
  column: string,
  type: `varchar(${number})` | 'smallint' | 'bigint' | 'double precision',
): Promise<void> => {
  if (await hasColumn(db, table, column)) return;
  try {
    await db.schema.alterTable(table).addColumn(column, type).execute();
  } catch (error) {
    if (!(await hasColumn(db, table, column))) throw error;
  }
};

const messageColumns = <T extends string>(table: CreateTableBuilder<T>) =>
  table
    .addColumn('issue_id', varchar(WIDTH.issueId), (c) => c.notNull())
    .addColumn('message_key', varchar(WIDTH.entryKey), (c) => c.notNull())
    .addColumn('payload', varchar(WIDTH.payload), (c) => c.notNull())
    .addColumn('state', 'smallint', (c) => c.notNull())
    .addColumn('attempts', 'smallint', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('claimed_until', 'bigint')
    .addColumn('last_error', varchar(WIDTH.error))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('settled_at', 'bigint')
    // The trail's key: one message per thing the trail records, however many writers record it.
    .addPrimaryKeyConstraint('message_pk', ['issue_id', 'message_key']);

/** The store's schema, oldest first. Append new steps; never edit or reorder a shipped one. */
export const STORE_MIGRATIONS: readonly MigrationStep[] = [
  {
    name: '001-complaint',
    up: async (db) => {
      await complaintColumns(db.schema.createTable('complaint').ifNotExists()).execute();
      // The sweep reads the due complaints in order of `next_due_at`.
      await db.schema.createIndex('complaint_next_due').ifNotExists().on('complaint').column('next_due_at').execute();
      // The dashboard narrows by project, department and status, and by period: created before its
      // end, closed (if at all) after its start. One index on both times costs less than two.
      await db.schema.createIndex('complaint_scope').ifNotExists().on('complaint').columns(['project_key', 'department_id', 'status']).execute();
      await db.schema.createIndex('complaint_period').ifNotExists().on('complaint').columns(['created_at', 'closed_at']).execute();
    },
  },
  {
    name: '002-complaint-trail',
    up: async (db, engine) => {
      await clusteredOnKey(trailColumns(db.schema.createTable('complaint_trail').ifNotExists()), engine).execute();
    },
  },
  {
    // The responsible person routing chose, which only the app writes (the roles come from it).
    name: '003-complaint-responsible',
    up: async (db) => {
      await addColumnOnce(db, 'complaint', 'responsible_account_id', varchar(WIDTH.accountId));
    },
  },
  {
    name: '004-message-outbox',
    up: async (db, engine) => {
      await clusteredOnKey(messageColumns(db.schema.createTable('message').ifNotExists()), engine).execute();
      // One index for the sweep's pending messages that are due, the health check's counts and latest
      // give-ups, and the forgetting of old sent ones: a settled message's next attempt is when it was settled.
      await db.schema.createIndex('message_due').ifNotExists().on('message').columns(['state', 'next_attempt_at']).execute();
    },
  },
  {
    // The rating of each cycle, on the advocate's `call_recorded` entry: a reopen clears the
    // complaint's own, and the trail keeps the earlier one.
    name: '005-trail-call-rating',
    up: async (db) => {
      await addColumnOnce(db, 'complaint_trail', 'satisfaction', 'smallint');
      await addColumnOnce(db, 'complaint_trail', 'considered_resolved', 'smallint');
    },
  },
  {
    // Set when the retention trimmed the complaint's trail; every save clears it, so a complaint
    // written since (reopened, say) is trimmed again once it is closed long enough. The index
    // answers the retention's page: untrimmed complaints closed before a moment, earliest first.
    name: '006-complaint-trail-trimmed',
    up: async (db) => {
      await addColumnOnce(db, 'complaint', 'trail_trimmed', 'smallint');
      await db.schema.createIndex('complaint_trimmable').ifNotExists().on('complaint').columns(['trail_trimmed', 'closed_at']).execute();
    },
  },
  {
    // How many reminders a rolled-up reminder row stands for (`domain/reminders/reminder-history.ts`); null on other rows.
    name: '007-trail-repeats',
    up: async (db) => {
      await addColumnOnce(db, 'complaint_trail', 'times', 'smallint');
    },
  },
  {
    // Each row's business-day durations, response deadline and subject key, worked out when written,
    // so that the dashboard answers with SQL aggregates alone; rows already there are filled in once.
    name: '008-complaint-timings',
    up: async (db, _engine, settings) => {
      await addColumnOnce(db, 'complaint', 'first_action_days', 'double precision');
      await addColumnOnce(db, 'complaint', 'close_days', 'double precision');
      await addColumnOnce(db, 'complaint', 'response_due_at', 'bigint');
      await addColumnOnce(db, 'complaint', 'subject_key', varchar(WIDTH.subjectKey));
      // Repeat complaints look back from each complaint for the same customer or subject; follow-ups for their first complaint.
      await db.schema.createIndex('complaint_reporter').ifNotExists().on('complaint').columns(['reporter_account_id', 'created_at']).execute();
      await db.schema.createIndex('complaint_subject').ifNotExists().on('complaint').columns(['subject_key', 'created_at']).execute();
      await db.schema.createIndex('complaint_follow_up').ifNotExists().on('complaint').column('follow_up_of').execute();
      await backfillTimings(db, settings);
    },
  },
  {
    // The monthly rollups (`sql-month-rollups.ts`): per month of the business time zone, project and
    // department ('' for none: a key column cannot be null), what the trend counts; and one row a
    // month saying when it was rolled up.
    name: '009-complaint-month-rollups',
    up: async (db, engine) => {
      await clusteredOnKey(
        db.schema
          .createTable('complaint_month')
          .ifNotExists()
          .addColumn('month_from', 'bigint', (c) => c.notNull())
          .addColumn('month_to', 'bigint', (c) => c.notNull())
          .addColumn('project_key', varchar(WIDTH.projectKey), (c) => c.notNull())
          .addColumn('department_id', varchar(WIDTH.departmentId), (c) => c.notNull())
          .addColumn('registered', 'integer', (c) => c.notNull())
          .addColumn('closed', 'integer', (c) => c.notNull())
          .addColumn('satisfaction_sum', 'integer', (c) => c.notNull())
          .addColumn('satisfaction_count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('complaint_month_pk', ['month_from', 'project_key', 'department_id']),
        engine,
      ).execute();
      await db.schema
        .createTable('complaint_month_rolled')
        .ifNotExists()
        .addColumn('month_from', 'bigint', (c) => c.primaryKey())
        .addColumn('month_to', 'bigint', (c) => c.notNull())
        .addColumn('rolled_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  {
    // Named values the store keeps about itself: `deleted_before`, the index horizon the retention
    // last applied, which tells an issue it meets again from one it never knew (`sql-forgetting.ts`).
    name: '010-store-meta',
    up: async (db, engine) => {
      await clusteredOnKey(
        db.schema
          .createTable('store_meta')
          .ifNotExists()
          .addColumn('name', varchar(WIDTH.metaName), (c) => c.notNull())
          .addColumn('value', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('store_meta_pk', ['name']),
        engine,
      ).execute();
    },
  },
  {
    // Each row's moments of the previous complaint of its project with the same customer and with
    // the same subject (`repeat-links.ts`): the dashboard counts repeats within the rows instead of
    // sorting the period's complaints twice. Rows already there are filled in once. The look-back
    // walks (reporter, created_at) and (subject_key, created_at), which `008-complaint-timings` made.
    name: '011-complaint-repeat-links',
    up: async (db) => {
      await addColumnOnce(db, 'complaint', 'prev_customer_at', 'bigint');
      await addColumnOnce(db, 'complaint', 'prev_subject_at', 'bigint');
      await backfillRepeatLinks(db);
    },
  },
  {
    // `complaint_scope` with the two columns the open snapshot counts: the dashboard reads the open
    // complaints from the index alone instead of fetching each row (on SQLite about 85 ms less CPU
    // at 100k complaints, three in four open), for about 3 bytes more a complaint. Its prefix still
    // serves every reader of the old index, which goes. Forge SQL (TiDB), MariaDB and SQLite all take
    // DROP INDEX IF EXISTS; MySQL's spelling names the table.
    name: '012-complaint-open-index',
    up: async (db, engine) => {
      await db.schema.createIndex('complaint_open').ifNotExists().on('complaint').columns(['project_key', 'department_id', 'status', 'due_at', 'escalation_level']).execute();
      const drop = db.schema.dropIndex('complaint_scope').ifExists();
      await (engine === 'mysql' ? drop.on('complaint') : drop).execute();
    },
  },
  {
    // The customer portal (issue 16): whether the lead or advocate shared the measures with the
    // customer, kept by the app since Jira has no such field; and room on the trail for a
    // customer's words (1,000 characters), a note longer than the `note` column. A new column
    // rather than a wider `note`: adding a column is the one change every engine here takes alike.
    name: '013-portal-shared-measures-and-customer-words',
    up: async (db) => {
      await addColumnOnce(db, 'complaint', 'measures_shared', 'smallint');
      await addColumnOnce(db, 'complaint_trail', 'long_note', varchar(WIDTH.longNote));
    },
  },
  {
    // A flag said "shared" for whatever the measures became later: edited on Jira's Edit or Start
    // work screen, they reached the customer unreviewed. The text shared is kept instead, and the
    // portal shows the measures only while they are still that text. Measures shared before keep
    // the text they had then.
    name: '014-portal-shared-measures-text',
    up: async (db) => {
      await addColumnOnce(db, 'complaint', 'shared_measures', varchar(WIDTH.text));
      await db.updateTable('complaint').set({ shared_measures: sql<string | null>`measures` }).where('measures_shared', '=', 1).execute();
    },
  },
  {
    // The triage suggestion (issue 17): the examples of complaints that can still change department
    // (hashed features, never text; dropped at close), and the counts learned from them, one row
    // per feature and label, so that a suggestion reads only its own features' rows. The counts
    // grow with the site's vocabulary, not with its complaints.
    name: '015-triage-model',
    up: async (db, engine) => {
      await clusteredOnKey(
        db.schema
          .createTable('triage_example')
          .ifNotExists()
          .addColumn('issue_id', varchar(WIDTH.issueId), (c) => c.notNull())
          .addColumn('features', varchar(WIDTH.triageFeatures), (c) => c.notNull())
          .addColumn('suggestion', varchar(WIDTH.triageSuggestion))
          .addColumn('department', varchar(WIDTH.departmentId))
          .addColumn('category', varchar(WIDTH.triageLabel))
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('triage_example_pk', ['issue_id']),
        engine,
      ).execute();
      await clusteredOnKey(
        db.schema
          .createTable('triage_term')
          .ifNotExists()
          .addColumn('feature', 'integer', (c) => c.notNull())
          .addColumn('label', varchar(WIDTH.triageLabel), (c) => c.notNull())
          .addColumn('n', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('triage_term_pk', ['feature', 'label']),
        engine,
      ).execute();
      await clusteredOnKey(
        db.schema
          .createTable('triage_label')
          .ifNotExists()
          .addColumn('label', varchar(WIDTH.triageLabel), (c) => c.notNull())
          .addColumn('name', varchar(WIDTH.subjectValue))
          .addColumn('docs', 'integer', (c) => c.notNull())
          .addColumn('terms', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('triage_label_pk', ['label']),
        engine,
      ).execute();
    },
  },
];
