import type { Database } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { AdvocateQueueSource } from '../../ports/advocate-queue.port';
import type { TimingSettings } from '../../domain/metrics/complaint-timings';
import type { DigestLedger } from '../../ports/digest-ledger.port';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { MonthRollups } from '../../ports/month-rollups.port';
import type { SendPacing } from '../../ports/send-pacing.port';
import type { Store } from '../../ports/store.port';
import { createSqlMonthRollups } from '../sql/dashboard/sql-month-rollups';
import { createSqlAdvocateQueue } from '../sql/sql-advocate-queue';
import { createSqlDigestLedger } from '../sql/sql-digest-ledger';
import { createSqlMessageOutbox } from '../sql/sql-message-outbox';
import { createSqlSendPacing } from '../sql/sql-send-pacing';
import { createSqlTriageModel } from '../sql/sql-triage-model';
import type { TriageModelStore } from '../../ports/triage-model.port';
import { createSqlStore } from '../sql/sql-store';
import type { StoreDatabase } from '../sql/store-schema';

/** The complaint index on an embedded SQLite database: the sandbox's and the tests' store. */
export const createSqliteStore = (database: Database, timings?: TimingSettings): Store =>
  createSqlStore(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }), 'sqlite', timings);

/** The outbox on the same embedded SQLite database. */
export const createSqliteOutbox = (database: Database): MessageOutbox => createSqlMessageOutbox(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));

/** The monthly rollups on the same embedded SQLite database. */
export const createSqliteMonthRollups = (database: Database): MonthRollups => createSqlMonthRollups(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));

/** The send pacing on the same embedded SQLite database. */
export const createSqliteSendPacing = (database: Database): SendPacing => createSqlSendPacing(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));

/** The triage model on the same embedded SQLite database. */
export const createSqliteTriageModel = (database: Database): TriageModelStore => createSqlTriageModel(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));
/** What may await the advocate, on the same embedded SQLite database. */
export const createSqliteAdvocateQueue = (database: Database): AdvocateQueueSource => createSqlAdvocateQueue(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));

/** Which day's advocate digests are recorded, on the same embedded SQLite database. */
export const createSqliteDigestLedger = (database: Database): DigestLedger => createSqlDigestLedger(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }));
