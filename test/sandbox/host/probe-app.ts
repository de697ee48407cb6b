import { asApp, asUser, getAppContext, route } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs, WhereConditions } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { migrationRunner, sql } from '@forge/sql';

/**
 * A small Forge app for the host's tests, written only against the real Forge packages. Its
 * handlers record what the platform handed them, so a test can see what the host delivered.
 */
export const PROBE_MANIFEST = `
modules:
  jira:issuePanel:
    - key: probe-panel
      resource: probe
      resolver:
        function: probe-resolver
      title: Probe panel
      displayConditions:
        issueType: Complaint
  trigger:
    - key: complaint-created
      function: on-event
      events: [avi:jira:created:issue]
      filter:
        expression: event.issue.fields.issuetype.name == 'Complaint'
    - key: human-updates
      function: on-event
      events: [avi:jira:updated:issue]
      filter:
        ignoreSelf: true
    - key: installed
      function: on-event
      events: [avi:forge:installed:app]
  scheduledTrigger:
    - key: every-five-minutes
      function: on-schedule
      interval: fiveMinute
    - key: every-day
      function: on-schedule
      interval: day
  consumer:
    - key: work-listener
      queue: work
      function: on-work
  function:
    - key: probe-resolver
      handler: index.probeResolver
    - key: on-event
      handler: index.onEvent
    - key: on-schedule
      handler: index.onSchedule
    - key: on-work
      handler: index.onWork
resources:
  - key: probe
    path: probe-build
app:
  id: ari:cloud:ecosystem::app/probe
`;

export interface Delivery {
  readonly handler: string;
  readonly moduleKey: string;
  readonly event: unknown;
}
export const deliveries: Delivery[] = [];

const record = (handler: string) => async (event: unknown): Promise<void> => {
  deliveries.push({ handler, moduleKey: getAppContext().moduleKey, event });
  await Promise.resolve();
};

type Call = { payload: Record<string, unknown> };
const text = (payload: Record<string, unknown>, key: string): string => String(payload[key]);

const resolver = new Resolver()
  .define('whoami', ({ context }) => {
    const extension = context.extension as { issue?: { key?: string } };
    return { accountId: String(context.accountId), issueKey: extension.issue?.key ?? null, moduleKey: getAppContext().moduleKey };
  })
  .define('kvs/set', async ({ payload }: Call) => {
    await kvs.set(text(payload, 'key'), payload.value, payload.ttlSeconds ? { ttl: { value: Number(payload.ttlSeconds), unit: 'SECONDS' } } : undefined);
    return { saved: true };
  })
  .define('kvs/get', async ({ payload }: Call) => ({ value: (await kvs.get(text(payload, 'key'))) ?? null }))
  .define('kvs/query', async ({ payload }: Call) => {
    const page = await kvs.query().where('key', WhereConditions.beginsWith(text(payload, 'prefix'))).limit(2).getMany();
    return { keys: page.results.map((r) => r.key), nextCursor: page.nextCursor ?? null };
  })
  .define('sql/round-trip', async () => {
    migrationRunner.enqueue('v1-notes', 'CREATE TABLE IF NOT EXISTS notes (id BIGINT PRIMARY KEY AUTO_INCREMENT, body VARCHAR(255) NOT NULL, done BOOLEAN NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4');
    const migrated = await migrationRunner.run();
    const inserted = await sql.prepare<{ affectedRows: number; insertId: number }>('INSERT INTO notes (body, done) VALUES (?, ?)').bindParams('hello', true).execute();
    const selected = await sql.prepare<{ id: number; body: string; done: number }>('SELECT id, body, done FROM notes ORDER BY id').execute();
    return { migrated, inserted: inserted.rows, rows: selected.rows };
  })
  .define('sql/bad', async () => {
    try {
      await sql.executeRaw('SELECT nope FROM nowhere');
      return { failed: false };
    } catch (error) {
      return { failed: true, message: error instanceof Error ? error.message : String(error) };
    }
  })
  .define('jira/myself', async ({ payload }: Call) => {
    const api = payload.as === 'user' ? asUser() : asApp();
    const response = await api.requestJira(route`/rest/api/3/myself`);
    return { status: response.status, body: (await response.json()) as unknown };
  })
  .define('queue/push', async ({ payload }: Call) => {
    const { jobId } = await new Queue({ key: 'work' }).push([{ body: { n: 1 } }, { body: { n: 2 }, delayInSeconds: Number(payload.delayInSeconds ?? 0) }]);
    return { jobId };
  });

export const probeBundle = {
  probeResolver: resolver.getDefinitions(),
  onEvent: record('on-event'),
  onSchedule: record('on-schedule'),
  onWork: record('on-work'),
};
