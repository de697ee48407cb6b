/**
 * Every budget of design.md section 12 and issues 15 and 17, measured in one run: `runBench('full')` is
 * `npm run bench`; `runBench('smoke')` runs the same code on small sizes, so that a test in
 * `npm test` keeps the bench from rotting.
 */
import Database from 'better-sqlite3';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSqliteStore } from '../src/adapters/local/sqlite-store.adapter';
import { toComplaintRow } from '../src/adapters/sql/complaint-row';
import type { MetricsRecord } from '../src/domain/metrics/metrics-query';
import { planReminders } from '../src/domain/reminders/plan-reminders';
import { decideRoute } from '../src/domain/routing/route-complaint.rules';
import { allPass, atLeast, atMost, below, measureBaselineMs, type Figure, type Scale } from './bench-budget';
import { measureBundle } from './bench-bundle';
import { measureDashboard } from './bench-dashboard';
import { measureRouting } from './bench-jira-calls';
import { measurePanelRender } from './bench-panel-render';
import { bytesPerComplaint, config, indexRecord, insertAll, makeRecords, NOW, timings, trailOf } from './bench-records';
import { projectRetention } from './bench-retention';
import { measureSweep, SWEEP_CPU_BUDGET_MS, type SweepFigures } from './bench-sweep';
import { measureTriage } from './bench-triage';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the static build script is CommonJS.
const { appNames, gzipKb } = require('./build-static.js') as { appNames: () => string[]; gzipKb: (app: string) => string };

const SIZES: Record<Scale, number> = { full: 100_000, smoke: 2_000 };
/** design.md section 12. */
const BUDGET = { routeCalls: 3, routeCpuMs: 50, backendKb: 400, dashboardMs: 300, surfaceKb: 150, panelRenderMs: 1000, bytesPerComplaint: 1024, steadyStateGib: 1 } as const;

/**
 * Issue 17's triage suggestion, on held-out complaints: what a team would hold a model to before it
 * lets it route on its own (an automatic routing is as good as the accuracy above its threshold).
 */
const TRIAGE_BUDGET = { top1: 0.75, top2: 0.9, categoryTop1: 0.7, shareAboveThreshold: 0.3, accuracyAboveThreshold: 0.95, learnUs: 500, suggestUs: 1000, exampleBytes: 300 } as const;

const triageFigures = (triage: ReturnType<typeof measureTriage>): Record<string, Figure> => ({
  triageTop1Accuracy: atLeast(triage.top1, TRIAGE_BUDGET.top1, 'share'),
  triageTop2Accuracy: atLeast(triage.top2, TRIAGE_BUDGET.top2, 'share'),
  triageCategoryTop1Accuracy: atLeast(triage.categoryTop1, TRIAGE_BUDGET.categoryTop1, 'share'),
  triageShareAboveThreshold: atLeast(triage.shareAboveThreshold, TRIAGE_BUDGET.shareAboveThreshold, 'share'),
  triageAccuracyAboveThreshold: atLeast(triage.accuracyAboveThreshold, TRIAGE_BUDGET.accuracyAboveThreshold, 'share'),
  triageLearnUsPerComplaint: below(triage.learnUsPerComplaint, TRIAGE_BUDGET.learnUs, 'µs'),
  triageSuggestUsPerComplaint: below(triage.suggestUsPerComplaint, TRIAGE_BUDGET.suggestUs, 'µs'),
  triageExampleBytes: atMost(triage.exampleBytes, TRIAGE_BUDGET.exampleBytes, 'B'),
});

const timed = async (run: () => unknown): Promise<number> => {
  await run(); // warm-up: the first run pays for JIT and calendar caches
  const start = performance.now();
  await run();
  return Math.round((performance.now() - start) * 100) / 100;
};

/** The sweep's read: the open complaints in the index, 1% of them due. */
const sweepReadMs = async (records: readonly MetricsRecord[]): Promise<number> => {
  const database = new Database(':memory:');
  const store = createSqliteStore(database);
  await store.migrate();
  const open = records.map((r, i) =>
    indexRecord(r, i, { status: r.status === 'closed' ? 'in_progress' : r.status, resolution: null, closedAt: null, nextDueAt: i % 100 === 0 ? NOW - (i % 60) * 60_000 : NOW + 1 + (i % 5_000) * 60_000 }),
  );
  insertAll(database, 'complaint', open.map((r) => toComplaintRow(r, timings)));
  const expected = Math.ceil(records.length / 100);
  return timed(async () => {
    const due = await store.listDue({ now: NOW, limit: 2 * expected });
    if (due.length !== expected) throw new Error(`Expected ${String(expected)} due complaints, not ${String(due.length)}`);
  });
};

const domainTimings = async (records: readonly MetricsRecord[]) => {
  const due = records.filter((r) => r.status !== 'closed').slice(0, Math.ceil(records.length / 100));
  return {
    routeDecisionsMs: await timed(() => {
      for (const r of records) decideRoute({ departmentId: r.departmentId, subject: r.subject, config });
    }),
    reminderPlansFor1PctDueMs: await timed(() => {
      for (const complaint of due) planReminders({ complaint, trail: [], policy: config.policy, calendar: config.calendar, now: NOW });
    }),
    sweepReadFor1PctDueMs: await sweepReadMs(records),
  };
};

/**
 * A sweep's Jira calls at each size (0 when none is due, else at most due + a constant), its app
 * CPU at the largest size, of its own invocation and until every message it paced went out (the
 * sends are queue invocations of their own, spread over minutes); and the drain
 * under an emulated quota, which must lose and repeat nothing.
 */
const sweepFigures = ({ sizes, drain }: SweepFigures, baselineMs: number): Record<string, Figure> => {
  const largest = sizes.at(-1);
  return {
    ...Object.fromEntries(sizes.map((s) => [`sweepJiraCalls${String(s.open)}Open${String(s.due)}Due`, atMost(s.jiraCalls, s.jiraCallsBudget, 'calls')])),
    ...(largest === undefined
      ? {}
      : {
          [`sweepAppCpu${String(largest.open)}OpenMs`]: below(largest.sweepInvocationAppCpuMs, SWEEP_CPU_BUDGET_MS, 'ms', baselineMs),
          [`sweepAndSendsAppCpu${String(largest.open)}OpenMs`]: below(largest.appCpuMs, SWEEP_CPU_BUDGET_MS, 'ms', baselineMs),
        }),
    [`drain${String(drain.due)}DueLost`]: atMost(drain.lost, 0, 'messages'),
    [`drain${String(drain.due)}DueSentTwice`]: atMost(drain.duplicates, 0, 'messages'),
  };
};

export const runBench = async (scale: Scale) => {
  const baselineMs = measureBaselineMs();
  const records = makeRecords(SIZES[scale]);
  const dashboard = await measureDashboard(
    records.map((r, i) => indexRecord(r, i)),
    config,
    NOW,
    (database, rows) => {
      insertAll(database, 'complaint', rows);
    },
    scale,
  );
  const storage = await projectRetention((trail) => bytesPerComplaint(records, trail), trailOf);
  const jiraCalls = await measureRouting(scale);
  const sweep = await measureSweep(scale);
  const panel = await measurePanelRender(scale);
  const bundle = await measureBundle(scale);
  const triage = measureTriage(scale);
  const figures: Record<string, Figure> = {
    routeJiraCallsFirstContact: atMost(jiraCalls.routeFirstContact, BUDGET.routeCalls, 'calls'),
    routeJiraCallsSteadyState: atMost(jiraCalls.routeSteadyState, BUDGET.routeCalls, 'calls'),
    routeAppCpuP95Ms: below(jiraCalls.routeCpuMsP95, BUDGET.routeCpuMs, 'ms', baselineMs),
    ...sweepFigures(sweep, baselineMs),
    dashboardResolverP50Ms: below(dashboard.resolverP50Ms, BUDGET.dashboardMs, 'ms', baselineMs),
    dashboardResolverP95Ms: below(dashboard.resolverP95Ms, BUDGET.dashboardMs, 'ms', baselineMs),
    ...Object.fromEntries(appNames().map((app) => [`${app}JsGzipKb`, atMost(Number(gzipKb(app)), BUDGET.surfaceKb, 'KB')])),
    backendBundleKb: atMost(bundle.minifiedBytes / 1024, BUDGET.backendKb, 'KB'),
    panelFirstRenderP50Ms: below(panel.cold.medianMs, BUDGET.panelRenderMs, 'ms', baselineMs),
    sqlBytesPerComplaint: atMost(storage.bytesPerComplaintWithTrail, BUDGET.bytesPerComplaint, 'B'),
    steadyStateGibAt1MPerYear: below(storage.steadyStateGib, BUDGET.steadyStateGib, 'GiB'),
    ...triageFigures(triage),
  };
  return {
    scale,
    complaints: records.length,
    machine: { cores: os.availableParallelism(), load1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100, node: process.version },
    baselineMs,
    allPass: allPass(figures),
    figures,
    details: { domain: await domainTimings(records), dashboard, storage, jiraCalls, sweep, panel, bundle, triage },
  };
};
