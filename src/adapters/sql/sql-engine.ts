import { sql, type CreateTableBuilder } from 'kysely';

/** The engines the store runs on: Forge SQL (TiDB, spoken to in the MySQL dialect) and SQLite. */
export type SqlEngine = 'mysql' | 'sqlite';

/**
 * The store's one per-engine difference. A table read by its primary key is best stored in key
 * order. InnoDB and TiDB store every table that way; SQLite only a WITHOUT ROWID table. Without
 * it, SQLite keeps a rowid table plus a second copy of the key in an index, about 45 bytes more
 * per trail entry.
 */
export const clusteredOnKey = <T extends string, C extends string>(table: CreateTableBuilder<T, C>, engine: SqlEngine): CreateTableBuilder<T, C> =>
  engine === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;
