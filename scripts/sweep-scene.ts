/**
 * A sandbox with many open complaints in the app's index, for the sweep's figures
 * (`bench-sweep.ts`) and the pacing integration test. What is real: the sandbox, the app's
 * handlers, its Forge SQL (SQLite behind the real @forge/sql), the queue with its delays, and the
 * Jira emulator answering every call. What is seeded: a few complaints are registered over REST and
 * routed by the app; the others are copies of their index rows and trails, written with the store's
 * own mappers, which point at the registered complaints' Jira issues. The sweep reads only the
 * index and tells Jira through the issue's notify, so a copy costs it what a real complaint costs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DIGEST_OUTBOX_ID } from '../src/usecases/sweep/record-advocate-digests';
import { createSqliteOutbox, createSqliteStore } from '../src/adapters/local/sqlite-store.adapter';
import { MESSAGE_STATE } from '../src/adapters/sql/column-codes';
import { toComplaintRow } from '../src/adapters/sql/complaint-row';
import { createTrailSequence } from '../src/adapters/sql/trail-sequence';
import { toTrailRow } from '../src/adapters/sql/trail-row';
import { parseConfig } from '../src/domain/config/parse-config';
import { timingSettingsOf } from '../src/domain/metrics/complaint-timings';
import { CHANNEL_LABELS, NO } from '../src/jira/provisioning/complaint-fields';
import { appStorage } from '../sandbox/app-storage';
import { PROVIDER_HEADER } from '../sandbox/host/identity-headers';
import { DEMO_ACCOUNTS } from '../sandbox/jira';
import type { FaultSettings } from '../sandbox/jira/emulator.types';
import { runSetUpProject } from '../sandbox/run-set-up-project';
import { createSandbox, type Sandbox } from '../sandbox/server';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SWEEP_EVERY_MS = 5 * 60_000;
/** A Monday, 09:00 in London: complaints registered now fall due on Tuesday at 09:00. */
export const MONDAY_9AM = Date.UTC(2026, 2, 2, 9, 0);
/** Tuesday, 10:00: the seeded due complaints are due; the others fall due a month later. */
export const TUESDAY_10AM = MONDAY_9AM + DAY + HOUR;

/** A 429 the app met, at sandbox time `at`, asking it to wait until `until`. */
export interface RateLimited {
  readonly at: number;
  readonly until: number;
}

/** What the emulator saw of the app: its calls, the 429s among them, and when Jira accepted each notification. */
export interface AppCalls {
  calls: number;
  limited: RateLimited[];
  notified: number[];
}

export interface SweepScene {
  readonly sandbox: Sandbox;
  readonly seen: AppCalls;
  /** Copies the registered complaint into the index until it holds `open` open complaints, `due` of them due on Tuesday morning. */
  fill(open: number, due: number): void;
  /**
   * Runs the reminder sweep now, then lets the clock run from one queued job's time to the next,
   * and the sweep every five minutes, until no message waits and nothing is queued. Returns the
   * emulated milliseconds it took. `swept` is called once the sweep's own invocation, and what it
   * set off without a delay, is done.
   */
  sweepUntilDrained(maxMs?: number, swept?: () => void): Promise<number>;
  /** The outbox's messages about complaints by state, and the advocates' digests sent (issue 17). */
  messages(): { pending: number; sent: number; gaveUp: number; digestsSent: number };
  close(): Promise<void>;
}

const register = async (sandbox: Sandbox, binding: { issueTypeId: string; fieldIds: Record<string, string> }, email: string): Promise<void> => {
  const answer = await fetch(new URL('/rest/api/3/issue', sandbox.url), {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${email}:bench`).toString('base64')}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      fields: {
        project: { key: 'CMP' },
        issuetype: { id: binding.issueTypeId },
        summary: 'Charged twice',
        [binding.fieldIds.department ?? '']: { value: 'Billing' },
        [binding.fieldIds.channel ?? '']: { value: CHANNEL_LABELS.phone },
        [binding.fieldIds.anonymous ?? '']: { value: NO },
      },
    }),
  });
  if (answer.status !== 201) throw new Error(`Registering answered ${String(answer.status)}`);
};

/** Counts the app's own calls as the server hands every /rest request to `emulator.handle`, with what Jira answered. */
const countAppCalls = (sandbox: Sandbox, seen: AppCalls): void => {
  const { emulator, clock } = sandbox.services;
  const handle = emulator.handle.bind(emulator);
  Object.assign(emulator, {
    handle: (req: IncomingMessage, res: ServerResponse) => {
      if (req.headers[PROVIDER_HEADER] === 'app') {
        seen.calls += 1;
        const at = clock.now();
        // The dispatcher hands its headers to writeHead, where Retry-After is read.
        const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => ServerResponse;
        Object.assign(res, {
          writeHead: (status: number, headers?: Record<string, string>) => {
            if (status === 429) seen.limited.push({ at, until: at + Number(headers?.['Retry-After'] ?? 0) * 1000 });
            if (status === 204 && (req.url ?? '').endsWith('/notify')) seen.notified.push(at);
            return writeHead(status, headers);
          },
        });
      }
      return handle(req, res);
    },
  });
};

/**
 * A sandbox at Monday 09:00 with the app set up, one complaint registered over REST and routed,
 * the app sending `sendsPerMinute`, and the emulator's quota as given.
 */
export const sweepScene = async (options: { readonly sendsPerMinute: number; readonly quota?: Pick<FaultSettings, 'quotaPerMinute' | 'quotaBurst'> }): Promise<SweepScene> => {
  const sandbox = await createSandbox({ port: 0, dbPath: ':memory:', frozenClockAt: MONDAY_9AM, seed: false, log: () => undefined });
  const { services } = sandbox;
  const seen: AppCalls = { calls: 0, limited: [], notified: [] };
  countAppCalls(sandbox, seen);
  const admin = services.emulator.users().find((u) => u.accountId === DEMO_ACCOUNTS.admin);
  const registrar = services.emulator.users().find((u) => u.accountId === DEMO_ACCOUNTS.registrar);
  if (!admin || !registrar) throw new Error('The demo people are missing');
  const storage = appStorage(services.kvs);
  const raw = {
    departments: [{ id: 'billing', name: 'Billing', leadAccountId: DEMO_ACCOUNTS.billingLead, escalationManagerAccountId: DEMO_ACCOUNTS.manager }],
    sendsPerMinute: options.sendsPerMinute,
  };
  await storage.configs.save(raw);
  await runSetUpProject(services.host, admin, 'CMP');
  const binding = await storage.bindings.load('CMP');
  if (binding === null) throw new Error('Set up project bound nothing');
  await register(sandbox, binding, registrar.email);
  await services.host.idle();
  if (options.quota) services.emulator.faults.set(options.quota);

  const store = createSqliteStore(services.appSql);
  const timings = timingSettingsOf(parseConfig(raw));
  const [registered] = await store.listDue({ now: Number.MAX_SAFE_INTEGER, limit: 1 });
  const template = registered === undefined ? null : await store.getComplaint(registered.issueId);
  if (template === null) throw new Error('The registered complaint is not in the index');
  const trail = await store.trailOf(template.issueId);
  const nextSeq = createTrailSequence(() => MONDAY_9AM);

  const insertAll = (table: string, rows: readonly object[]): void => {
    const columns = Object.keys(rows[0] ?? {});
    const insert = services.appSql.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    services.appSql.transaction(() => {
      for (const row of rows) insert.run(columns.map((c) => (row as Record<string, unknown>)[c]));
    })();
  };

  // A digest is recorded under its own issue id (DIGEST_OUTBOX_ID); the rest are about one complaint each.
  const count = (state: 'pending' | 'sent' | 'gave_up', digests = false): number =>
    (services.appSql.prepare(`select count(*) as n from message where state = ? and issue_id ${digests ? '=' : '<>'} ?`).get(MESSAGE_STATE.encode(state), DIGEST_OUTBOX_ID) as { n: number }).n;

  return {
    sandbox,
    seen,
    fill(open, due) {
      // The registered complaint is one of the open ones; it is due unless none should be.
      if (due === 0) services.appSql.prepare('update complaint set next_due_at = ? where issue_id = ?').run((template.nextDueAt ?? 0) + 30 * DAY, template.issueId);
      const copies = Array.from({ length: open - 1 }, (_, i) => ({
        ...template,
        issueId: String(1_000_000 + i),
        nextDueAt: i < due - 1 ? template.nextDueAt : (template.nextDueAt ?? 0) + 30 * DAY,
      }));
      for (let i = 0; i < copies.length; i += 10_000) {
        const slice = copies.slice(i, i + 10_000);
        insertAll('complaint', slice.map((r) => toComplaintRow(r, timings)));
        insertAll('complaint_trail', slice.flatMap((r) => trail.map((e) => toTrailRow({ ...e, issueId: r.issueId }, nextSeq()))));
      }
    },
    async sweepUntilDrained(maxMs = 7 * DAY, swept = () => undefined) {
      const start = services.clock.now();
      const outbox = createSqliteOutbox(services.appSql);
      let lastSweep = start;
      await services.host.runScheduled('reminder-sweep-schedule');
      await services.host.idle();
      swept();
      for (;;) {
        const held = services.host.heldQueueEvents().map((e) => e.dueAt);
        const waiting = (await outbox.health(0)).pending;
        if (held.length === 0 && waiting === 0) return services.clock.now() - start;
        if (services.clock.now() - start > maxMs) throw new Error(`Not drained after ${String(maxMs)} ms: ${String(waiting)} messages pending`);
        const next = Math.min(lastSweep + SWEEP_EVERY_MS, ...held);
        services.clock.advance(Math.max(0, next - services.clock.now()));
        await services.host.runDueQueueEvents();
        if (services.clock.now() >= lastSweep + SWEEP_EVERY_MS) {
          lastSweep = services.clock.now();
          await services.host.runScheduled('reminder-sweep-schedule');
        }
        await services.host.idle();
      }
    },
    messages: () => ({ pending: count('pending'), sent: count('sent'), gaveUp: count('gave_up'), digestsSent: count('sent', true) }),
    close: () => sandbox.close(),
  };
};
