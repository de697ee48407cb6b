import { INDEXED_TEXT_CHARS } from '../../../src/domain/complaint';
import { APP_WRITE_SLACK_MS, healingNeed, type IndexedComplaint } from '../../../src/domain/intake/healing-need';
import type { IssueSnapshot } from '../../../src/domain/intake/complaint-snapshot';
import { makeComplaint, T0 } from '../factories';

const MINUTE = 60_000;

const snapshot = (overrides: Partial<IssueSnapshot['complaint']> = {}, updatedAt = T0): IssueSnapshot => ({
  complaint: { ...makeComplaint(), ...overrides },
  department: { kind: 'known', id: 'billing' },
  summary: 'Charged twice',
  description: '',
  duplicateOf: null,
  duplicates: [],
  updatedAt,
});

/** The index's row of `makeComplaint()`, routed when Jira last updated it. */
const indexed = (overrides: Partial<IndexedComplaint> = {}): IndexedComplaint => {
  const c = makeComplaint();
  return {
    issueId: c.issueId,
    status: c.status,
    resolution: c.resolution,
    assigneeAccountId: c.assigneeAccountId,
    measures: c.measures,
    measuresDeadline: c.measuresDeadline,
    actionTaken: c.actionTaken,
    compensation: c.compensation,
    satisfaction: c.satisfaction,
    consideredResolved: c.consideredResolved,
    routedAt: T0,
    jiraUpdatedAt: T0,
    ...overrides,
  };
};

describe('healingNeed: what a complaint the reconciliation found needs', () => {
  it('needs nothing when the index holds it as Jira does', () => {
    expect(healingNeed(indexed(), snapshot())).toBe('none');
  });

  it('needs its history when the index lacks it: its created event was lost', () => {
    expect(healingNeed(null, snapshot())).toBe('history');
  });

  it.each([
    ['status', { status: 'measures_done' }],
    ['resolution', { status: 'registered', resolution: 'withdrawn' }],
    ['assignee', { assigneeAccountId: 'someone-else' }],
    ['measures deadline', { measuresDeadline: '2026-03-09' }],
    ['compensation', { compensation: 20 }],
    ['satisfaction', { satisfaction: 4 }],
    ['verdict', { consideredResolved: true }],
  ] as const)('needs its history when Jira shows another %s, however soon after what the index saw', (_name, change) => {
    expect(healingNeed(indexed(), snapshot(change, T0 + MINUTE))).toBe('history');
  });

  it('puts a later update within the slack down to the app’s own writes (its routing, its counters)', () => {
    expect(healingNeed(indexed({ routedAt: null, jiraUpdatedAt: T0 }), snapshot({}, T0 + APP_WRITE_SLACK_MS))).toBe('route');
    expect(healingNeed(indexed({ routedAt: T0 + 10 * MINUTE }), snapshot({}, T0 + 10 * MINUTE + APP_WRITE_SLACK_MS))).toBe('none');
  });

  it('needs its history when Jira changed it later than the slack, even back to the same state', () => {
    expect(healingNeed(indexed(), snapshot({}, T0 + APP_WRITE_SLACK_MS + 1))).toBe('history');
  });

  it('needs only its routing when the index holds it unrouted and nothing changed', () => {
    expect(healingNeed(indexed({ routedAt: null }), snapshot())).toBe('route');
  });

  it('needs its history when a free text differs: a lost Mark done and Return leave the status as it was, not the action taken', () => {
    expect(healingNeed(indexed({ status: 'in_progress', measures: 'Refund' }), snapshot({ status: 'in_progress', measures: 'Refund', actionTaken: 'Refunded' }))).toBe('history');
    expect(healingNeed(indexed({ measures: 'Refund' }), snapshot({ measures: 'Refund in full' }))).toBe('history');
  });

  it('compares a long text as the index keeps it: cut to its first characters', () => {
    const long = '😀'.repeat(INDEXED_TEXT_CHARS + 5);
    const kept = '😀'.repeat(INDEXED_TEXT_CHARS);
    expect(healingNeed(indexed({ measures: kept, actionTaken: 'done' }), snapshot({ measures: long, actionTaken: 'done' }))).toBe('none');
    expect(healingNeed(indexed({ measures: kept }), snapshot({ measures: `x${long}` }))).toBe('history');
  });
});
