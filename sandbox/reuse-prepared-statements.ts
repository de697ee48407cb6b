import type { Database, Statement } from 'better-sqlite3';

/** The emulator's stores run a few hundred distinct statements; a site with more is a leak, not a cache. */
const MOST_STATEMENTS = 2_000;

/**
 * The emulator's stores prepare their statement at every call, which reads well and cost a third
 * of the sandbox's CPU (a profile of the 3,000-complaint reconciliation test): SQLite compiles the
 * same text again each time. This hands back the statement compiled before for the same text.
 * Reusing a statement is safe here: every call runs to its end synchronously (no `iterate`), and
 * none switches a statement's mode (`pluck`, `raw`, `expand`). SQLite recompiles a statement
 * whose tables a later DDL changed by itself.
 */
export const reusePreparedStatements = (db: Database): void => {
  const prepare = db.prepare.bind(db);
  const statements = new Map<string, Statement>();
  const cached = (source: string): Statement => {
    const known = statements.get(source);
    if (known !== undefined) return known;
    const statement = prepare(source);
    if (statements.size >= MOST_STATEMENTS) statements.clear();
    statements.set(source, statement);
    return statement;
  };
  Object.assign(db, { prepare: cached });
};
