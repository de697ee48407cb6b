import Database from 'better-sqlite3';
import { reconciliationStateRepository } from '../../src/adapters/forge/kvs/reconciliation-state.repository';
import {
  createSqliteAdvocateQueue,
  createSqliteDigestLedger,
  createSqliteOutbox,
  createSqliteSendPacing,
  createSqliteStore,
  createSqliteTriageModel,
} from '../../src/adapters/local/sqlite-store.adapter';
import type { AppConfig } from '../../src/domain/config/app-config.schema';
import type { ContactRecord } from '../../src/domain/contact/contact-data';
import type { OutgoingNotification, SendResult } from '../../src/ports/notifier.port';
import type { ComplaintRecord, KeyedTrailEntry } from '../../src/ports/store.port';
import type { SweepResult } from '../../src/ports/sweep-status.port';
import type { WorkJob } from '../../src/ports/work-queue.port';
import { runQueuedJob, type RunQueuedJobDeps } from '../../src/usecases/queue/run-queued-job';
import type { RunSweepDeps } from '../../src/usecases/sweep/run-sweep';
import { makeConfig } from '../domain/factories';
import { makeBinding } from '../jira/provisioning/provisioning-fixtures';
import { memoryKeyValueStore } from '../support/memory-key-value';
import { makeRecord } from '../adapters/sql/store-contract';

/** What Jira is asked to send, and what it answers: `accepted` unless the test scripts otherwise. */
export const recordingNotifier = () => {
  const sent: OutgoingNotification[] = [];
  const answers: SendResult[] = [];
  return {
    sent,
    /** The next sends' answers, in order; once used up, Jira accepts. */
    answer: (...next: SendResult[]) => void answers.push(...next),
    send: async (notification: OutgoingNotification): Promise<SendResult> => {
      // Another invocation gets its turn while this one waits for Jira, as they do on Forge.
      await new Promise((resolve) => setImmediate(resolve));
      const answer = answers.shift() ?? { kind: 'accepted' };
      if (answer.kind === 'accepted') sent.push(notification);
      return answer;
    },
  };
};

export type RecordingNotifier = ReturnType<typeof recordingNotifier>;

/**
 * The runtime's ports over one in-memory SQLite database, as several invocations at once see
 * it: each `invocation()` gets its own store and outbox over the same database, and all share
 * the clock, Jira's notifier and the queue, which keeps the jobs it is given without running them.
 */
const CONTACT: ContactRecord = { name: null, email: null, phone: '+44 20 7946 0958', preferredChannel: 'phone', note: null, recordedBy: 'ava', recordedAt: 0 };

export const runtimeOverSqlite = async (config: AppConfig = makeConfig(), notifier: RecordingNotifier = recordingNotifier()) => {
  const database = new Database(':memory:');
  const store = createSqliteStore(database);
  await store.migrate();
  let now = 0;
  const queued: WorkJob[] = [];
  /** Each queued job's delay, and the moment it is due, in the order of `queued`. */
  const delays: number[] = [];
  const dueAt: number[] = [];
  const sweeps: SweepResult[] = [];
  /** The complaints whose contact data was removed, in order. */
  const erased: string[] = [];
  const invocation = (): RunSweepDeps & RunQueuedJobDeps => ({
    store: createSqliteStore(database),
    outbox: createSqliteOutbox(database),
    pacing: createSqliteSendPacing(database),
    clock: { now: () => now },
    config,
    notifier,
    people: { languagesOf: () => Promise.resolve(new Map()) },
    // The sweep never reads Jira, and these complaints are routed already.
    jira: {
      readIssue: () => Promise.reject(new Error('not read in these tests')),
      assign: () => Promise.resolve(),
      setAppFieldValues: () => Promise.resolve(),
      linkAsDuplicate: () => Promise.resolve(),
      setOptionOverridingScreens: () => Promise.resolve(),
      searchIssues: () => Promise.reject(new Error('no reconciliation in these tests')),
      changelogs: () => Promise.reject(new Error('no reconciliation in these tests')),
    },
    reconciliations: reconciliationStateRepository(memoryKeyValueStore()),
    invocation: { remainingMs: () => 120_000 },
    triage: createSqliteTriageModel(database),
    advocateQueue: createSqliteAdvocateQueue(database),
    digests: createSqliteDigestLedger(database),
    app: { appId: 'app-1', environmentId: 'env-1' },
    // Routing writes the Responsible field that CMP's binding names.
    bindings: { load: () => Promise.resolve(makeBinding()) },
    queue: {
      push: (jobs, delayMs = 0) => {
        queued.push(...jobs);
        delays.push(...jobs.map(() => delayMs));
        dueAt.push(...jobs.map(() => now + delayMs));
        return Promise.resolve();
      },
    },
    sweeps: { save: (result) => Promise.resolve(void sweeps.push(result)) },
    // Every complaint has contact data until the retention removes it.
    contacts: { get: (issueId) => Promise.resolve(erased.includes(issueId) ? null : CONTACT), remove: (issueId) => Promise.resolve(void erased.push(issueId)) },
    links: { remove: () => Promise.resolve() },
  });
  return {
    database,
    store,
    outbox: createSqliteOutbox(database),
    notifier,
    queued,
    delays,
    sweeps,
    erased,
    invocation,
    setNow: (at: number) => {
      now = at;
    },
    /** Takes the queued jobs out, to run them by hand. */
    takeQueued: (): WorkJob[] => {
      delays.length = 0;
      dueAt.length = 0;
      return queued.splice(0);
    },
    /**
     * Runs the queued jobs as Forge's queue would, and those they queue: each when its delay is
     * over (the clock moves there), the ones due at one moment side by side. `twice` delivers each
     * job twice at once, as an at-least-once queue may.
     */
    runQueue: async (options: { readonly twice?: boolean } = {}) => {
      while (queued.length > 0) {
        const next = Math.min(...dueAt);
        const jobs = queued.filter((_, i) => dueAt[i] === next);
        for (let i = queued.length - 1; i >= 0; i -= 1) {
          if (dueAt[i] !== next) continue;
          queued.splice(i, 1);
          delays.splice(i, 1);
          dueAt.splice(i, 1);
        }
        now = Math.max(now, next);
        await Promise.all(jobs.flatMap((job) => (options.twice === true ? [job, job] : [job]).map((j) => runQueuedJob(invocation(), j))));
      }
    },
    /** A complaint that routing already sent to its lead, as the index holds it. */
    seedRouted: async (record: Partial<ComplaintRecord>, routeEntry: Partial<KeyedTrailEntry> = {}) => {
      const row = makeRecord({ routedAt: record.createdAt ?? 0, ...record });
      await store.saveComplaint(row, 0);
      await store.appendTrail([
        { issueId: row.issueId, key: 'route', at: row.createdAt, kind: 'routed', actorAccountId: null, reason: 'lead', recipients: ['user:lead-billing'], status: row.status, ...routeEntry },
      ]);
      return row;
    },
    /** Notes every business day's advocate digests as recorded already: for the tests about the other messages. */
    withoutDigests: () => createSqliteDigestLedger(database).markDigested(Number.MAX_SAFE_INTEGER),
    /** The outbox's rows, as the table holds them. */
    messages: () => database.prepare<[], { issue_id: string; message_key: string; state: number; attempts: number }>('SELECT issue_id, message_key, state, attempts FROM message ORDER BY issue_id, message_key').all(),
  };
};

/** The app logs each retry and give-up, as it should on Forge; the tests assert on outcomes, and on the log where it is the point. */
export const quietDeliveryLogs = (): void => {
  beforeEach(() => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
};
