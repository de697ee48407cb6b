/**
 * `npm run bench`: the domain-side figures of design.md section 12, printed as JSON.
 * Speed goals live here, never in timed unit tests. Figures that need the store or the
 * sandbox (Jira calls per route, sweep I/O) join this file with their issues.
 */
import { performance } from 'node:perf_hooks';
import type { Complaint, ComplaintStatus } from '../src/domain/complaint';
import { businessDaysBetween } from '../src/domain/calendar/business-time';
import { defaultConfig } from '../src/domain/config/parse-config';
import { computeDashboard } from '../src/domain/metrics/compute-dashboard';
import type { MetricsRecord } from '../src/domain/metrics/metrics-query';
import { planReminders } from '../src/domain/reminders/plan-reminders';
import { decideRoute } from '../src/domain/routing/route-complaint.rules';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 11, 0);
const STATUSES: ComplaintStatus[] = ['registered', 'in_progress', 'measures_done', 'closed'];

const config = defaultConfig();
const calendar = config.calendar;
const departments = ['billing', 'delivery', 'support'];
config.departments.push(
  ...departments.map((id) => ({
    id,
    name: id,
    leadAccountId: `lead-${id}`,
    deputyAccountId: `deputy-${id}`,
    away: id === 'delivery',
    escalationManagerAccountId: `manager-${id}`,
    advocateAccountId: null,
    componentId: null,
  })),
);

/** A deterministic spread of complaints over the last year. */
const makeRecords = (n: number): MetricsRecord[] =>
  Array.from({ length: n }, (_, i) => {
    const createdAt = NOW - ((i * 7919) % 365) * DAY - (i % 9) * 3_600_000;
    const status = STATUSES[i % 4] ?? 'registered';
    const closed = status === 'closed';
    const complaint: Complaint = {
      issueId: String(10_000 + i),
      issueKey: `CMP-${i + 1}`,
      projectKey: 'CMP',
      departmentId: departments[i % 3] ?? null,
      subject: i % 5 === 0 ? { kind: 'employee', accountId: `emp-${i % 40}` } : { kind: 'service', name: `Service ${i % 12}` },
      channel: 'phone',
      anonymous: false,
      status,
      resolution: closed ? 'done' : null,
      assigneeAccountId: `lead-${departments[i % 3] ?? 'billing'}`,
      reporterAccountId: 'registrar',
      measures: 'Call back',
      measuresDeadline: status === 'in_progress' ? '2026-11-20' : null,
      actionTaken: null,
      compensation: closed && i % 7 === 0 ? 50 : null,
      satisfaction: closed ? (((i % 5) + 1) as 1 | 2 | 3 | 4 | 5) : null,
      consideredResolved: closed ? i % 3 !== 0 : null,
      returns: i % 11 === 0 ? 1 : 0,
      reopens: i % 17 === 0 ? 1 : 0,
      followUpOf: null,
      createdAt,
      statusChangedAt: createdAt + DAY,
      firstActionAt: status === 'registered' ? null : createdAt + 2 * DAY,
      closedAt: closed ? createdAt + 10 * DAY : null,
    };
    return { ...complaint, dueAt: closed ? null : NOW - 1, escalationLevel: i % 13 === 0 ? 1 : 0 };
  });

const time = (run: () => void): number => {
  run(); // warm-up: the first run pays for JIT and calendar caches
  const start = performance.now();
  run();
  return Math.round((performance.now() - start) * 100) / 100;
};

const records = makeRecords(100_000);
const due = records.filter((r) => r.status !== 'closed').slice(0, 1_000);

const figures = {
  routeDecisions100kMs: time(() => {
    for (const r of records) decideRoute({ departmentId: r.departmentId, subject: r.subject, config });
  }),
  reminderPlans1000DueMs: time(() => {
    for (const complaint of due) planReminders({ complaint, trail: [], policy: config.policy, calendar, now: NOW });
  }),
  dashboardDomain100kMs: time(() => {
    computeDashboard(
      records,
      { projectKeys: ['CMP'], departmentIds: [], period: { from: NOW - 180 * DAY, to: NOW }, timeZone: calendar.timeZone, top: 5 },
      (from, to) => businessDaysBetween(calendar, from, to),
      NOW,
    );
  }),
};

console.log(JSON.stringify(figures, null, 2));
