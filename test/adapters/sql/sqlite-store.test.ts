import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createSqliteAdvocateQueue, createSqliteDigestLedger, createSqliteOutbox, createSqliteStore, createSqliteTriageModel } from '../../../src/adapters/local/sqlite-store.adapter';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { describeAdvocateQueueContract } from './advocate-queue-contract';
import { describeDigestLedgerContract } from './digest-ledger-contract';
import { describeOutboxContract } from './outbox-contract';
import { describeRetentionContract } from './retention-contract';
import { describeStoreContract } from './store-contract';
import { describeTriageModelContract } from './triage-model-contract';

const openSqlite = () => {
  const database = new Database(':memory:');
  return { database, db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }) };
};

describeStoreContract('SQLite (better-sqlite3)', () => {
  const { database, db } = openSqlite();
  return { store: createSqliteStore(database), twin: () => createSqliteStore(database), db, engine: 'sqlite' };
});

describeRetentionContract('SQLite (better-sqlite3)', () => {
  const { database, db } = openSqlite();
  return { store: createSqliteStore(database), twin: () => createSqliteStore(database), db, engine: 'sqlite' };
});

describeOutboxContract('SQLite (better-sqlite3)', () => {
  const { database, db } = openSqlite();
  return { store: createSqliteStore(database), outbox: createSqliteOutbox(database), twin: () => createSqliteOutbox(database), db };
});

describeTriageModelContract('SQLite (better-sqlite3)', () => {
  const { database, db } = openSqlite();
  return { store: createSqliteStore(database), model: createSqliteTriageModel(database), twin: () => createSqliteTriageModel(database), db };
});

describeAdvocateQueueContract('SQLite (better-sqlite3)', () => {
  const { database } = openSqlite();
  return { store: createSqliteStore(database), source: createSqliteAdvocateQueue(database) };
});

describeDigestLedgerContract('SQLite (better-sqlite3)', () => {
  const { database } = openSqlite();
  return { store: createSqliteStore(database), ledger: createSqliteDigestLedger(database), twin: () => createSqliteDigestLedger(database) };
});
