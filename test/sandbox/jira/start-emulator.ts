import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { createJiraEmulator, type JiraEmulator, type JiraEmulatorOptions, type JiraProductEvent } from '../../../sandbox/jira';

export const APP_ACCOUNT_ID = '712020:0a1b2c3d-complaint-advocate-app';

/** 2026-03-02T09:00:00Z, a Monday. */
export const START_MS = Date.UTC(2026, 2, 2, 9, 0, 0);

export interface RunningEmulator {
  readonly emulator: JiraEmulator;
  readonly baseUrl: string;
  readonly events: JiraProductEvent[];
  /** Moves the emulator's clock. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** The emulator behind a real HTTP server on an ephemeral port, with an in-memory database. */
export async function startEmulator(options: Pick<JiraEmulatorOptions, 'invokeApp'> = {}): Promise<RunningEmulator> {
  let now = START_MS;
  const events: JiraProductEvent[] = [];
  const db = new Database(':memory:');
  const emulator = createJiraEmulator({ db, now: () => now, onEvent: (event) => events.push(event), appAccountId: APP_ACCOUNT_ID, ...options });
  const server: Server = createServer((req, res) => {
    void emulator.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    emulator,
    baseUrl: `http://127.0.0.1:${port}`,
    events,
    advance: (ms) => {
      now += ms;
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      db.close();
    },
  };
}



