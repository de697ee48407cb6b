import { AppError } from '../../../src/domain/app-error';
import type { IndexedComplaint } from '../../../src/domain/intake/healing-need';
import { NO_RECONCILIATION, STALE_PASS_MS, type ReconciliationPass } from '../../../src/domain/reconciliation/reconciliation-pass';
import { configuredPeople } from '../../../src/domain/config/configured-people';
import { reconciliationStateRepository } from '../../../src/adapters/forge/kvs/reconciliation-state.repository';
import type { FoundIssues } from '../../../src/ports/jira.port';
import type { Store } from '../../../src/ports/store.port';
import type { WorkJob } from '../../../src/ports/work-queue.port';
import { reconcileProject, type ReconcileBudget, type ReconcileProjectDeps } from '../../../src/usecases/reconciliation/reconcile-project';
import { reconcileProjects, type ReconcileProjectsDeps } from '../../../src/usecases/reconciliation/reconcile-projects';
import { makeComplaint, makeConfig, T0 } from '../../domain/factories';
import { makeIssue } from '../../jira/intake/issue-fixtures';
import { makeBinding } from '../../jira/provisioning/provisioning-fixtures';
import { memoryKeyValueStore } from '../../support/memory-key-value';

/*
 * How a pass moves across invocations, over a Jira of complaints that the index already holds as
 * Jira does: nothing needs healing, so what is tested is the paging, the budget and the state.
 * Healing itself runs against the sandbox (test/integration/runtime/reconciliation*.test.ts).
 */
const binding = makeBinding();
// The use case logs what it retries or gives up, as it would on Forge; the tests assert on the outcome.
beforeEach(() => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});
const keyNumber = (key: string): number => Number(key.split('-')[1]);

const harness = (count: number, options: { budget?: ReconcileBudget; remaining?: () => number; search?: (jql: string) => FoundIssues | null } = {}) => {
  const issues = Array.from({ length: count }, (_, i) => makeIssue({ id: String(10_000 + i + 1), key: `CMP-${String(i + 1)}` }));
  const searches: string[] = [];
  const pushed: { jobs: readonly WorkJob[]; delayMs: number | undefined }[] = [];
  const learnt: string[][] = [];
  const c = makeComplaint();
  const row = (issueId: string): IndexedComplaint => ({ ...c, issueId, routedAt: T0, jiraUpdatedAt: T0 });
  const kv = memoryKeyValueStore();
  const deps = {
    jira: {
      searchIssues: (jql: string, _fields: readonly string[], maxResults: number): Promise<FoundIssues> => {
        searches.push(jql);
        const forced = options.search?.(jql);
        if (forced !== undefined && forced !== null) return Promise.resolve(forced);
        const after = /key > "([^"]+)"/.exec(jql)?.[1];
        const rest = issues.filter((i) => after === undefined || keyNumber(String(i.key)) > keyNumber(after));
        return Promise.resolve({ issues: rest.slice(0, maxResults), complete: rest.length <= maxResults });
      },
      changelogs: () => Promise.reject(new Error('nothing needs its history here')),
      assign: () => Promise.reject(new Error('nothing is routed here')),
      setAppFieldValues: () => Promise.reject(new Error('no counter moves here')),
      linkAsDuplicate: () => Promise.reject(new Error('no duplicate is linked here')),
      setOptionOverridingScreens: () => Promise.reject(new Error('nothing is routed here')),
    },
    triage: {} as ReconcileProjectDeps['triage'],
    store: { getComplaints: (ids: readonly string[]) => Promise.resolve(ids.map(row)) } as unknown as Store,
    clock: { now: () => T0 },
    config: makeConfig(),
    queue: {
      push: (jobs: readonly WorkJob[], delayMs?: number) => {
        pushed.push({ jobs, delayMs });
        return Promise.resolve();
      },
    },
    people: {
      languagesOf: () => Promise.reject(new Error('no message is sent here')),
      learnLanguages: (ids: readonly string[]) => {
        learnt.push([...ids]);
        return Promise.resolve(ids.length);
      },
    },
    notifier: {} as ReconcileProjectDeps['notifier'],
    outbox: {} as ReconcileProjectDeps['outbox'],
    pacing: {} as ReconcileProjectDeps['pacing'],
    bindings: { load: (key: string) => Promise.resolve(key === 'CMP' ? binding : null), all: () => Promise.resolve([binding]) },
    reconciliations: reconciliationStateRepository(kv),
    invocation: { remainingMs: options.remaining ?? (() => 120_000) },
    budget: options.budget ?? { issues: 100, reserveMs: 45_000 },
  } satisfies ReconcileProjectDeps & ReconcileProjectsDeps;
  /** Runs every queued reconcile job until none is left (delayed ones too), as the queue would. */
  const drain = async () => {
    for (let next = pushed.shift(); next !== undefined; next = pushed.shift()) {
      for (const job of next.jobs) if (job.kind === 'reconcile') await reconcileProject(deps, job.projectKey, job.pass, job.attempt);
    }
  };
  return { deps, searches, pushed, learnt, drain, state: () => deps.reconciliations.load('CMP') };
};

describe('reconcileProjects: the daily start', () => {
  it('stores a pass from two days back and queues it; a second run while it is under way queues nothing', async () => {
    const h = harness(0);
    expect(await reconcileProjects(h.deps)).toEqual([{ projectKey: 'CMP', kind: 'start' }]);
    const pass = { startedAt: T0, from: T0 - 2 * 86_400_000, afterKey: null };
    expect(h.pushed).toEqual([{ jobs: [{ kind: 'reconcile', projectKey: 'CMP', pass, attempt: 1 }], delayMs: undefined }]);
    expect(await reconcileProjects(h.deps)).toEqual([{ projectKey: 'CMP', kind: 'running' }]);
    expect(h.pushed).toHaveLength(1);
  });

  it('renews the languages of the people the departments name, every day, so routing never asks Jira for them', async () => {
    const h = harness(0);
    await reconcileProjects(h.deps);
    await reconcileProjects(h.deps);
    expect(h.learnt).toEqual([configuredPeople(h.deps.config), configuredPeople(h.deps.config)]);
    expect(h.learnt[0]?.length).toBeGreaterThan(0);
  });

  it('still starts the passes when Jira cannot tell the languages now', async () => {
    const h = harness(0);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const deps = { ...h.deps, people: { ...h.deps.people, learnLanguages: () => Promise.reject(new Error('KVS unavailable')) } };
    expect(await reconcileProjects(deps)).toEqual([{ projectKey: 'CMP', kind: 'start' }]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('takes up a pass that stalled, where it stopped', async () => {
    const h = harness(0);
    const stalled: ReconciliationPass = { startedAt: T0 - STALE_PASS_MS, from: T0 - 3 * 86_400_000, afterKey: 'CMP-40' };
    await h.deps.reconciliations.save('CMP', { ...NO_RECONCILIATION, pass: { ...stalled, touchedAt: T0 - STALE_PASS_MS, invocations: 1, checked: 40, healed: 0, failedFrom: null } });
    expect(await reconcileProjects(h.deps)).toEqual([{ projectKey: 'CMP', kind: 'resume' }]);
    expect(h.pushed[0]?.jobs).toEqual([{ kind: 'reconcile', projectKey: 'CMP', pass: stalled, attempt: 1 }]);
  });
});

describe('reconcileProject: one invocation’s share', () => {
  it('pages in key order from where the pass stands, hands the rest on through the queue, and moves the watermark when done', async () => {
    const h = harness(250);
    await reconcileProjects(h.deps);
    await h.drain();
    expect(h.searches.map((jql) => /key > "([^"]+)"/.exec(jql)?.[1] ?? 'start')).toEqual(['start', 'CMP-100', 'CMP-200']);
    expect(await h.state()).toEqual({ watermark: T0, pass: null, last: { startedAt: T0, completedAt: T0, invocations: 3, checked: 250, healed: 0 } });
  });

  it('stops between complaints when its time runs short, and the next invocation goes on after the last one it looked at', async () => {
    let clock = 0;
    // 120 s at first, then a second less at each look at the clock: after the look before the search and 75 complaints, 45 s are left.
    const h = harness(100, { budget: { issues: 500, reserveMs: 45_000 }, remaining: () => 120_000 - 1000 * clock++ });
    await reconcileProjects(h.deps);
    const [first] = h.pushed.splice(0);
    if (first?.jobs[0]?.kind !== 'reconcile') throw new Error('no job queued');
    const outcome = await reconcileProject(h.deps, 'CMP', first.jobs[0].pass, 1);
    expect(outcome).toMatchObject({ kind: 'stepped', step: { complete: false, checked: 75, afterKey: 'CMP-75' } });
    clock = 0;
    await h.drain();
    expect(await h.state()).toMatchObject({ watermark: T0, last: { invocations: 2, checked: 100 } });
  });

  it('does nothing for a job whose pass has moved on (delivered twice), or for a project no longer set up', async () => {
    const h = harness(10);
    await reconcileProjects(h.deps);
    const job = h.pushed[0]?.jobs[0];
    if (job?.kind !== 'reconcile') throw new Error('no job queued');
    await h.drain();
    const before = await h.state();
    expect(await reconcileProject(h.deps, 'CMP', job.pass, 1)).toEqual({ kind: 'skipped', projectKey: 'CMP', because: 'not_current' });
    expect(await reconcileProject(h.deps, 'OPS', job.pass, 1)).toEqual({ kind: 'skipped', projectKey: 'OPS', because: 'not_bound' });
    expect(await h.state()).toEqual(before);
    expect(h.pushed).toEqual([]);
  });

  it('reads its window from the start again when Jira no longer knows the key it stands after', async () => {
    let gone = true;
    const h = harness(150, {
      search: (jql) => {
        // The issue the first share stopped at is deleted once: Jira refuses a key it does not know.
        if (gone && jql.includes('key > "CMP-100"')) {
          gone = false;
          throw new AppError('INVALID_INPUT', "An issue with key 'CMP-100' does not exist for field 'key'.");
        }
        return null;
      },
    });
    await reconcileProjects(h.deps);
    await h.drain();
    expect(h.searches.map((jql) => /key > "([^"]+)"/.exec(jql)?.[1] ?? 'start')).toEqual(['start', 'CMP-100', 'start', 'CMP-100']);
    expect(await h.state()).toMatchObject({ watermark: T0, last: { invocations: 4, checked: 250 } });
  });

  it('tries a share that Jira failed again later, twice, then leaves the pass to the next daily run', async () => {
    const h = harness(10, {
      search: () => {
        throw new AppError('JIRA_ERROR', 'Jira answered 503');
      },
    });
    await reconcileProjects(h.deps);
    const stored = await h.state();
    const delays: (number | undefined)[] = [];
    for (let next = h.pushed.shift(); next !== undefined; next = h.pushed.shift()) {
      delays.push(next.delayMs);
      for (const job of next.jobs) if (job.kind === 'reconcile') expect(await reconcileProject(h.deps, job.projectKey, job.pass, job.attempt)).toMatchObject({ kind: 'failed', attempt: job.attempt });
    }
    expect(delays).toEqual([undefined, 300_000, 300_000]);
    expect(await h.state()).toEqual(stored);
  });
});
