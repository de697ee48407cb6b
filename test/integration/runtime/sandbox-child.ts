import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { RestAs } from './complaint-requests';

const SCRIPT = path.join(__dirname, 'sandbox-process.ts');
const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface SandboxChild {
  readonly url: string;
  /** Jira REST as a demo user, with basic auth as a script would. */
  readonly rest: RestAs;
  /** The control API (`/__sandbox/...`). */
  control(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** `kill -9`: the process ends where it stands, finishing nothing. */
  kill(): Promise<void>;
  /** SIGTERM: the process stops as `npm start` does on Ctrl-C. */
  stop(): Promise<void>;
  /** The last lines it wrote, for a failure's message. */
  output(): string;
}

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });

const call = async (url: string, method: string, headers: Record<string, string>, body?: unknown) => {
  const response = await fetch(url, {
    method,
    headers: { accept: 'application/json', ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
};

/** Starts the sandbox on `dbPath` in a child process, its clock frozen at `frozenAt` (plus the offset the database keeps). */
export const startSandboxChild = async (dbPath: string, frozenAt: number, startMs = 60_000): Promise<SandboxChild> => {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dbPath, String(frozenAt)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
  };
  // Both streams are read to the end: a full pipe would stall the child.
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The sandbox process did not answer within ${String(startMs)} ms:\n${lines.join('\n')}`));
    }, startMs);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      keep(line);
      const listening = /^listening (\S+)$/.exec(line);
      if (listening?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox process ended (${String(code)}) before it answered:\n${lines.join('\n')}`));
    });
  });
  const users = (await call(`${url}/__sandbox/users`, 'GET', {})).json as { accountId: string; email: string }[];
  const emailOf = (accountId: string): string => users.find((u) => u.accountId === accountId)?.email ?? accountId;
  return {
    url,
    rest: (accountId, method, restPath, body) => call(`${url}${restPath}`, method, { authorization: `Basic ${Buffer.from(`${emailOf(accountId)}:token`).toString('base64')}` }, body),
    control: (method, controlPath, body) => call(`${url}/__sandbox/${controlPath}`, method, {}, body),
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    output: () => lines.join('\n'),
  };
};
