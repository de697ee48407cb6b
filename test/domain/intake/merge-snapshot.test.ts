import type { TrailEntry } from '../../../src/domain/complaint';
import { mergeSnapshot } from '../../../src/domain/intake/merge-snapshot';
import { HOUR } from '../calendar/calendars';
import { makeTrailEntry, T0 } from '../factories';
import { makeKnown, makeSnapshot } from '../../jira/intake/issue-fixtures';

const into = (kind: TrailEntry['kind'], status: TrailEntry['status'], at: number): TrailEntry => makeTrailEntry({ kind, status, at, reason: `status.${status}` });

describe('mergeSnapshot of a complaint the index does not have yet', () => {
  it("takes Jira's part from the snapshot and starts what only the app knows", () => {
    const snapshot = makeSnapshot({ assigneeAccountId: null, measures: 'Refund' }, T0 + HOUR);
    expect(mergeSnapshot(null, snapshot, [])).toEqual({
      ...snapshot.complaint,
      firstActionAt: null,
      followUpOf: null,
      responsibleAccountId: null,
      returns: 0,
      reopens: 0,
      jiraUpdatedAt: T0 + HOUR,
    });
  });

  it('counts a complaint that arrives already past Registered as acted on when its status changed', () => {
    const merged = mergeSnapshot(null, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + 2 * HOUR }), []);
    expect(merged.statusChangedAt).toBe(T0 + 2 * HOUR);
    expect(merged.firstActionAt).toBe(T0 + 2 * HOUR);
  });

  it('counts no first action for a complaint withdrawn straight from Registered', () => {
    const trail = [into('closed', 'closed', T0 + HOUR)];
    expect(mergeSnapshot(null, makeSnapshot({ status: 'closed', resolution: 'withdrawn', statusChangedAt: T0 + HOUR }), trail).firstActionAt).toBeNull();
    expect(mergeSnapshot(null, makeSnapshot({ status: 'closed', resolution: 'withdrawn', statusChangedAt: T0 + HOUR }), []).firstActionAt).toBeNull();
  });
});

describe('mergeSnapshot: the newer snapshot wins by Jira `updated`', () => {
  const known = makeKnown({ assigneeAccountId: 'lead-billing', measures: null, channel: 'phone' }, T0 + HOUR);

  it('a newer snapshot replaces what the index had', () => {
    const merged = mergeSnapshot(known, makeSnapshot({ assigneeAccountId: 'clerk-7', measures: 'Refund', channel: null }, T0 + 2 * HOUR), []);
    expect(merged).toMatchObject({ assigneeAccountId: 'clerk-7', measures: 'Refund', channel: null, jiraUpdatedAt: T0 + 2 * HOUR });
  });

  it('a snapshot as new as the index replaces it too, so a repeated event is applied again unchanged', () => {
    const merged = mergeSnapshot(known, makeSnapshot({ assigneeAccountId: 'clerk-7' }, T0 + HOUR), []);
    expect(merged.assigneeAccountId).toBe('clerk-7');
    expect(merged.jiraUpdatedAt).toBe(T0 + HOUR);
  });

  it('an older snapshot never overwrites, and leaves `jiraUpdatedAt` where it was', () => {
    const newer = makeKnown({ status: 'in_progress', assigneeAccountId: 'clerk-7', measures: 'Refund', statusChangedAt: T0 + HOUR, firstActionAt: T0 + HOUR }, T0 + 3 * HOUR);
    const late = makeSnapshot({ status: 'registered', assigneeAccountId: 'lead-billing', measures: null }, T0 + 2 * HOUR);
    expect(mergeSnapshot(newer, late, [])).toEqual(newer);
  });

  it('keeps the responsible person, which only the app writes, from the index: Jira never sets it, whatever the assignee', () => {
    const routed = makeKnown({ responsibleAccountId: 'manager-billing', assigneeAccountId: 'manager-billing' });
    const merged = mergeSnapshot(routed, makeSnapshot({ assigneeAccountId: 'registrar-1', departmentId: 'delivery' }, T0 + HOUR), []);
    expect(merged).toMatchObject({ responsibleAccountId: 'manager-billing', assigneeAccountId: 'registrar-1', departmentId: 'delivery' });
    expect(mergeSnapshot(null, makeSnapshot({ assigneeAccountId: 'registrar-1' }), []).responsibleAccountId).toBeNull();
  });

  it('keeps the follow-up link, which only the app knows, from the index', () => {
    const merged = mergeSnapshot(makeKnown({ followUpOf: 'CMP-0' }), makeSnapshot({}, T0 + HOUR), []);
    expect(merged.followUpOf).toBe('CMP-0');
  });

  it('gives the same complaint when the same snapshot and trail are merged again', () => {
    const trail = [into('transitioned', 'in_progress', T0 + HOUR), into('transitioned', 'measures_done', T0 + 2 * HOUR), into('returned', 'in_progress', T0 + 3 * HOUR)];
    const snapshot = makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + HOUR }, T0 + 3 * HOUR);
    const once = mergeSnapshot(makeKnown({ followUpOf: 'CMP-0' }), snapshot, trail);
    expect(mergeSnapshot(once, snapshot, trail)).toEqual(once);
    expect(once).toMatchObject({ statusChangedAt: T0 + 3 * HOUR, firstActionAt: T0 + HOUR, returns: 1, followUpOf: 'CMP-0' });
  });
});

describe('mergeSnapshot: the counters come from the trail', () => {
  const trail = [
    into('transitioned', 'in_progress', T0 + HOUR),
    into('returned', 'in_progress', T0 + 3 * HOUR),
    into('returned', 'in_progress', T0 + 5 * HOUR),
    into('closed', 'closed', T0 + 6 * HOUR),
    into('reopened', 'in_progress', T0 + 7 * HOUR),
    makeTrailEntry({ kind: 'rerouted', at: T0 + 8 * HOUR, status: 'in_progress' }),
    makeTrailEntry({ kind: 'reminded', at: T0 + 9 * HOUR, status: 'in_progress' }),
  ];

  it('however many the index had', () => {
    const known = makeKnown({ returns: 5, reopens: 4 });
    expect(mergeSnapshot(known, makeSnapshot({ status: 'in_progress' }, T0 + 9 * HOUR), trail)).toMatchObject({ returns: 2, reopens: 1 });
  });

  it('also when the snapshot is older than the index', () => {
    const known = makeKnown({ status: 'in_progress', returns: 0, reopens: 0 }, T0 + 10 * HOUR);
    expect(mergeSnapshot(known, makeSnapshot({}, T0), trail)).toMatchObject({ status: 'in_progress', returns: 2, reopens: 1 });
  });

  it('are zero on an empty trail', () => {
    expect(mergeSnapshot(makeKnown({ returns: 2, reopens: 1 }), makeSnapshot(), [])).toMatchObject({ returns: 0, reopens: 0 });
  });
});

describe('mergeSnapshot: when the status changed', () => {
  it('is the last trail entry into the current status, whatever the order of the trail', () => {
    const trail = [
      into('returned', 'in_progress', T0 + 5 * HOUR),
      into('transitioned', 'in_progress', T0 + HOUR),
      into('transitioned', 'measures_done', T0 + 3 * HOUR),
    ];
    const merged = mergeSnapshot(null, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + HOUR }, T0 + 5 * HOUR), trail);
    expect(merged.statusChangedAt).toBe(T0 + 5 * HOUR);
  });

  it.each(['transitioned', 'returned', 'reopened', 'closed'] as const)('counts a "%s" entry as a status change', (kind) => {
    const merged = mergeSnapshot(null, makeSnapshot({ status: 'in_progress' }), [into(kind, 'in_progress', T0 + 4 * HOUR)]);
    expect(merged.statusChangedAt).toBe(T0 + 4 * HOUR);
  });

  it('ignores entries that change no status, though they carry one', () => {
    const trail = [
      makeTrailEntry({ kind: 'rerouted', status: 'in_progress', at: T0 + 4 * HOUR }),
      makeTrailEntry({ kind: 'escalated', status: 'in_progress', at: T0 + 5 * HOUR, level: 1 }),
    ];
    const merged = mergeSnapshot(null, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + HOUR }), trail);
    expect(merged.statusChangedAt).toBe(T0 + HOUR);
  });

  it('ignores entries into other statuses', () => {
    const merged = mergeSnapshot(null, makeSnapshot({ status: 'measures_done', statusChangedAt: T0 + HOUR }), [into('transitioned', 'in_progress', T0 + 4 * HOUR)]);
    expect(merged.statusChangedAt).toBe(T0 + HOUR);
  });

  describe('without a trail entry into the current status', () => {
    it("keeps the index's time when a newer snapshot has the same status (Jira dates only category changes)", () => {
      const known = makeKnown({ status: 'in_progress', statusChangedAt: T0 + 3 * HOUR });
      const merged = mergeSnapshot(known, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + HOUR }, T0 + 4 * HOUR), []);
      expect(merged.statusChangedAt).toBe(T0 + 3 * HOUR);
    });

    it("takes the snapshot's `updated` when a newer snapshot has another status: the change happened by then at the latest", () => {
      // The event of the change was lost; statuscategorychangedate (T0 + 2 h) is not trusted over `updated`.
      const known = makeKnown({ status: 'registered', statusChangedAt: T0 });
      const merged = mergeSnapshot(known, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + 2 * HOUR }, T0 + 4 * HOUR), []);
      expect(merged.statusChangedAt).toBe(T0 + 4 * HOUR);
    });

    it("takes the snapshot's own time for a complaint the index does not have", () => {
      const merged = mergeSnapshot(null, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + 2 * HOUR }, T0 + 4 * HOUR), []);
      expect(merged.statusChangedAt).toBe(T0 + 2 * HOUR);
    });

    it("keeps the index's time when the snapshot is older", () => {
      const known = makeKnown({ status: 'in_progress', statusChangedAt: T0 + 3 * HOUR }, T0 + 5 * HOUR);
      const merged = mergeSnapshot(known, makeSnapshot({ status: 'in_progress', statusChangedAt: T0 + HOUR }, T0 + 4 * HOUR), []);
      expect(merged.statusChangedAt).toBe(T0 + 3 * HOUR);
    });
  });
});

describe('mergeSnapshot: the first action', () => {
  it('is the earliest trail entry that left Registered, whatever the order of the trail', () => {
    const trail = [
      into('transitioned', 'measures_done', T0 + 3 * HOUR),
      into('transitioned', 'registered', T0 + 30 * 60_000),
      into('transitioned', 'in_progress', T0 + HOUR),
    ];
    const known = makeKnown({ firstActionAt: T0 + 2 * HOUR });
    expect(mergeSnapshot(known, makeSnapshot({ status: 'measures_done' }, T0 + 3 * HOUR), trail).firstActionAt).toBe(T0 + HOUR);
  });

  it('is kept from the index when the trail has none, though a newer snapshot knows nothing of it', () => {
    const known = makeKnown({ status: 'in_progress', firstActionAt: T0 + HOUR, statusChangedAt: T0 + HOUR });
    expect(mergeSnapshot(known, makeSnapshot({ status: 'in_progress' }, T0 + 2 * HOUR), []).firstActionAt).toBe(T0 + HOUR);
  });

  it('is none while the complaint is Registered', () => {
    const trail = [into('transitioned', 'registered', T0 + HOUR), makeTrailEntry({ kind: 'rerouted', status: 'registered', at: T0 + 2 * HOUR })];
    expect(mergeSnapshot(makeKnown(), makeSnapshot({}, T0 + 2 * HOUR), trail).firstActionAt).toBeNull();
  });

  it('is when the status changed, for a complaint past Registered that neither trail nor index says more of', () => {
    const known = makeKnown({ status: 'registered', firstActionAt: null });
    const merged = mergeSnapshot(known, makeSnapshot({ status: 'measures_done', statusChangedAt: T0 + 2 * HOUR }, T0 + 3 * HOUR), []);
    expect(merged.statusChangedAt).toBe(T0 + 3 * HOUR);
    expect(merged.firstActionAt).toBe(T0 + 3 * HOUR);
  });
});

describe('mergeSnapshot: jiraUpdatedAt', () => {
  it.each([
    { name: 'a newer snapshot moves it on', known: T0, snapshot: T0 + HOUR, result: T0 + HOUR },
    { name: 'an older snapshot leaves it', known: T0 + HOUR, snapshot: T0, result: T0 + HOUR },
  ])('$name', ({ known, snapshot, result }) => {
    expect(mergeSnapshot(makeKnown({}, known), makeSnapshot({}, snapshot), []).jiraUpdatedAt).toBe(result);
  });
});

describe('mergeSnapshot: a rating belongs to its cycle', () => {
  const rated = makeSnapshot({ status: 'in_progress', satisfaction: 4, consideredResolved: false }, T0 + 3 * HOUR);

  it('forgets the rating a snapshot still carries once the complaint was reopened after its close', () => {
    const trail = [into('closed', 'closed', T0 + HOUR), into('reopened', 'in_progress', T0 + 2 * HOUR)];
    expect(mergeSnapshot(null, rated, trail)).toMatchObject({ satisfaction: null, consideredResolved: null, reopens: 1 });
  });

  it('goes by the trail’s order where a close and a reopen share a moment', () => {
    const trail = [into('closed', 'closed', T0 + HOUR), into('reopened', 'in_progress', T0 + HOUR)];
    expect(mergeSnapshot(null, rated, trail)).toMatchObject({ satisfaction: null });
  });

  it('keeps the rating of the close that ended the latest cycle', () => {
    const trail = [into('closed', 'closed', T0 + HOUR), into('reopened', 'in_progress', T0 + 2 * HOUR), into('closed', 'closed', T0 + 3 * HOUR)];
    const closed = makeSnapshot({ status: 'closed', resolution: 'done', satisfaction: 5, consideredResolved: true }, T0 + 3 * HOUR);
    expect(mergeSnapshot(null, closed, trail)).toMatchObject({ satisfaction: 5, consideredResolved: true });
  });
});
