import { Kysely } from 'kysely';
import { forgeSqlDialect } from '../../../src/adapters/forge/sql/forge-sql-dialect';
import { createForgeSqlAdvocateQueue, createForgeSqlDigestLedger, createForgeSqlOutbox, createForgeSqlStore } from '../../../src/adapters/forge/sql/forge-sql-store.adapter';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { installForgeSqlHost } from './forge-sql-host';
import { describeAdvocateQueueContract } from './advocate-queue-contract';
import { describeDigestLedgerContract } from './digest-ledger-contract';
import { describeOutboxContract } from './outbox-contract';
import { describeRetentionContract } from './retention-contract';
import { describeStoreContract } from './store-contract';

const host = installForgeSqlHost();

describeStoreContract('Forge SQL (@forge/sql on the sandbox host)', () => {
  host.reset();
  return { store: createForgeSqlStore(), twin: createForgeSqlStore, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }), engine: 'mysql' };
});

describeRetentionContract('Forge SQL (@forge/sql on the sandbox host)', () => {
  host.reset();
  return { store: createForgeSqlStore(), twin: createForgeSqlStore, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }), engine: 'mysql' };
});

describeOutboxContract('Forge SQL (@forge/sql on the sandbox host)', () => {
  host.reset();
  return { store: createForgeSqlStore(), outbox: createForgeSqlOutbox(), twin: createForgeSqlOutbox, db: new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }) };
});

describeAdvocateQueueContract('Forge SQL (@forge/sql on the sandbox host)', () => {
  host.reset();
  return { store: createForgeSqlStore(), source: createForgeSqlAdvocateQueue() };
});

describeDigestLedgerContract('Forge SQL (@forge/sql on the sandbox host)', () => {
  host.reset();
  return { store: createForgeSqlStore(), ledger: createForgeSqlDigestLedger(), twin: createForgeSqlDigestLedger };
});
