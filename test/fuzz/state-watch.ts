import type { Database } from 'better-sqlite3';

/** How many writes the app's stores and Jira have taken so far. */
export interface Writes {
  /** Rows written to the app's Forge SQL database. */
  readonly appSql: number;
  /** Rows written to the site's database: the emulated Jira's tables and the app's KVS. */
  readonly site: number;
  /** Calls that write, as the emulated Jira received them. */
  readonly jira: number;
}

/** What the app could have changed: its SQL tables, its KVS (values and secrets), and Jira. */
export interface StateWatch {
  snapshot(): Writes;
  /** Puts global fetch back. */
  restore(): void;
}

interface KeptReply {
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: ArrayBuffer;
}

const NO_BODY = new Set([101, 204, 205, 304]);

/** SQLite's count of rows that INSERT, UPDATE and DELETE changed on this connection since it opened: nothing written, nothing changed. */
const rowsWritten = (db: Database): (() => number) => {
  const count = db.prepare<[], { n: number }>('SELECT total_changes() AS n');
  return () => count.get()?.n ?? Number.NaN;
};

const isConnectionReset = (error: unknown): boolean => (error as { cause?: { code?: unknown } }).cause?.code === 'ECONNRESET';

/**
 * Counts the writes to the sandbox's databases and to Jira, and serves repeated Jira reads at
 * `global.fetch`, through which the sandbox's host sends every Jira call to the emulator. Reads
 * repeat across thousands of cases (who is the caller, may they browse the issue): each answer
 * is kept until the next write, which is exact because the clock is frozen and only writes
 * change the emulator. A case then costs no HTTP round trip for them.
 */
export const watchState = (stores: { readonly appSql: Database; readonly site: Database }, jiraWrites: () => number, siteUrl: string): StateWatch => {
  const realFetch = globalThis.fetch;
  const reads = new Map<string, KeptReply>();
  const replay = (reply: KeptReply): Response => new Response(NO_BODY.has(reply.status) ? null : reply.body.slice(0), { status: reply.status, headers: reply.headers });
  /*
   * With the reads kept, seconds can pass between two real requests, and the server closes a
   * kept-alive connection after five: a request sent on it as it closes is reset before the
   * server reads it, which Jira itself never does. So such a request goes again, once.
   */
  const send = (input: Parameters<typeof fetch>[0], init: RequestInit | undefined) =>
    realFetch(input, init).catch((error: unknown) => (isConnectionReset(error) ? realFetch(input, init) : Promise.reject(error as Error)));

  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== new URL(siteUrl).origin || !url.pathname.startsWith('/rest/')) return realFetch(input, init);
    if ((init?.method ?? 'GET') !== 'GET') {
      reads.clear();
      return send(input, init);
    }
    const key = `${url.href} ${JSON.stringify([...new Headers(init?.headers)])}`;
    const kept = reads.get(key);
    if (kept) return replay(kept);
    const response = await send(input, init);
    const reply = { status: response.status, headers: [...response.headers], body: await response.arrayBuffer() };
    reads.set(key, reply);
    return replay(reply);
  });

  const appSqlWrites = rowsWritten(stores.appSql);
  const siteWrites = rowsWritten(stores.site);
  return {
    snapshot: () => ({ appSql: appSqlWrites(), site: siteWrites(), jira: jiraWrites() }),
    restore: () => {
      spy.mockRestore();
    },
  };
};
