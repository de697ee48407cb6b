import { Kysely } from 'kysely';
import { forgeSqlDialect } from '../../../src/adapters/forge/sql/forge-sql-dialect';
import { createForgeSqlAdvocateQueue, createForgeSqlDigestLedger, createForgeSqlOutbox, createForgeSqlStore, createForgeSqlTriageModel } from '../../../src/adapters/forge/sql/forge-sql-store.adapter';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { installMariadbForgeSqlHost } from './forge-sql-host';
import { describeAdvocateQueueContract } from './advocate-queue-contract';
import { describeDigestLedgerContract } from './digest-ledger-contract';
import { describeOutboxContract } from './outbox-contract';
import { describeRetentionContract } from './retention-contract';
import { describeStoreContract } from './store-contract';
import { describeTriageModelContract } from './triage-model-contract';

/*
 * The store's statements on a real MySQL engine, through @forge/sql as the app sends them: what
 * SQLite lets through and MySQL or TiDB refuse (grouping, types, strict mode, collation) fails here.
 */
const host = installMariadbForgeSqlHost();
const ENGINE = 'Forge SQL (@forge/sql on MariaDB)';

describeStoreContract(ENGINE, () => {
  host.reset();
  return { store: createForgeSqlStore(), twin: createForgeSqlStore, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }), engine: 'mysql' };
});

describeRetentionContract(ENGINE, () => {
  host.reset();
  return { store: createForgeSqlStore(), twin: createForgeSqlStore, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }), engine: 'mysql' };
});

describeOutboxContract(ENGINE, () => {
  host.reset();
  return { store: createForgeSqlStore(), outbox: createForgeSqlOutbox(), twin: createForgeSqlOutbox, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }) };
});

describeTriageModelContract(ENGINE, () => {
  host.reset();
  return { store: createForgeSqlStore(), model: createForgeSqlTriageModel(), twin: createForgeSqlTriageModel, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }) };
});

describeAdvocateQueueContract(ENGINE, () => {
  host.reset();
  return { store: createForgeSqlStore(), source: createForgeSqlAdvocateQueue() };
});

describeDigestLedgerContract(ENGINE, () => {
  host.reset();
  return { store: createForgeSqlStore(), ledger: createForgeSqlDigestLedger(), twin: createForgeSqlDigestLedger };
});
