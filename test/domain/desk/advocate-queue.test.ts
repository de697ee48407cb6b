import { advocateQueue, dueSoonBefore, QUEUE_REASONS, type QueueCandidate } from '../../../src/domain/desk/advocate-queue';
import { makeComplaint, makeConfig, T0 } from '../factories';

const HOUR = 3_600_000;
const calendar = makeConfig().calendar;
/** Monday 12:00 in London (GMT): one business day later is Tuesday 12:00. */
const NOW = T0 + 3 * HOUR;
const TUESDAY_NOON = NOW + 24 * HOUR;

const candidate = (overrides: Partial<QueueCandidate> = {}): QueueCandidate => ({
  ...makeComplaint({ issueId: overrides.issueKey ?? 'CMP-1', ...overrides }),
  dueAt: overrides.dueAt ?? null,
  escalationLevel: overrides.escalationLevel ?? 0,
});

const queue = (...records: QueueCandidate[]) => advocateQueue(records, NOW, calendar);
const reasonsOf = (...records: QueueCandidate[]) => queue(...records).map((i) => [i.issueKey, i.reason, i.since]);

describe('advocateQueue', () => {
  it('measures "due soon" as one business day of working time from now', () => {
    expect(dueSoonBefore(NOW, calendar)).toBe(TUESDAY_NOON);
    // Friday 17:00 → Monday 17:00: the weekend does not count.
    expect(dueSoonBefore(T0 - 2 * 24 * HOUR - 16 * HOUR, calendar)).toBe(T0 + 8 * HOUR);
  });

  describe('each reason, with its "since"', () => {
    it('escalated: any escalation level, since the status changed', () => {
      expect(reasonsOf(candidate({ escalationLevel: 1, statusChangedAt: T0 - HOUR, dueAt: T0 - 2 * HOUR }))).toEqual([['CMP-1', 'escalated', T0 - HOUR]]);
    });

    it('overdue: due strictly before now, since it fell due; a lead step past its deadline counts', () => {
      expect(reasonsOf(candidate({ status: 'in_progress', dueAt: NOW - 1, statusChangedAt: T0 - 48 * HOUR }))).toEqual([['CMP-1', 'overdue', NOW - 1]]);
      expect(queue(candidate({ status: 'in_progress', dueAt: NOW }))[0]?.reason).toBe('due_soon');
    });

    it('triage: nobody responsible, since it was created', () => {
      expect(reasonsOf(candidate({ responsibleAccountId: null, departmentId: null, createdAt: T0 - 5 * HOUR, statusChangedAt: T0 }))).toEqual([['CMP-1', 'triage', T0 - 5 * HOUR]]);
    });

    it('call_due: measures done and on time, since the status changed', () => {
      expect(reasonsOf(candidate({ status: 'measures_done', statusChangedAt: T0 + HOUR, dueAt: NOW + 100 * HOUR }))).toEqual([['CMP-1', 'call_due', T0 + HOUR]]);
    });

    it('due_soon: due within one business day, the end included, since the status changed', () => {
      expect(reasonsOf(candidate({ dueAt: TUESDAY_NOON, statusChangedAt: T0 - HOUR }))).toEqual([['CMP-1', 'due_soon', T0 - HOUR]]);
      expect(queue(candidate({ dueAt: TUESDAY_NOON + 1 }))).toEqual([]);
    });

    it('rework: in progress after a return or a reopen, since the status changed', () => {
      const far = NOW + 100 * HOUR;
      expect(reasonsOf(candidate({ issueKey: 'CMP-1', status: 'in_progress', returns: 1, dueAt: far, statusChangedAt: T0 - 2 * HOUR }), candidate({ issueKey: 'CMP-2', status: 'in_progress', reopens: 1, dueAt: far, statusChangedAt: T0 - HOUR }))).toEqual([
        ['CMP-1', 'rework', T0 - 2 * HOUR],
        ['CMP-2', 'rework', T0 - HOUR],
      ]);
      // A return long ago no longer puts a registered or waiting complaint in the queue.
      expect(queue(candidate({ status: 'registered', returns: 1, dueAt: far }))).toEqual([]);
    });
  });

  it('leaves out what does not await the advocate: closed complaints, and open ones on time and far from due', () => {
    expect(queue(candidate({ status: 'closed', escalationLevel: 2, dueAt: NOW - HOUR, responsibleAccountId: null, returns: 1 }))).toEqual([]);
    expect(queue(candidate({ status: 'in_progress', dueAt: NOW + 100 * HOUR }), candidate({ dueAt: null }))).toEqual([]);
  });

  it('lists a complaint once, under its most urgent reason', () => {
    const everything = candidate({ status: 'measures_done', escalationLevel: 1, dueAt: NOW - HOUR, responsibleAccountId: null, returns: 2 });
    expect(queue(everything, everything).map((i) => i.reason)).toEqual(['escalated']);
    expect(queue(candidate({ status: 'measures_done', dueAt: NOW - HOUR, responsibleAccountId: null }))[0]?.reason).toBe('overdue');
    expect(queue(candidate({ status: 'measures_done', responsibleAccountId: null }))[0]?.reason).toBe('triage');
    expect(queue(candidate({ status: 'measures_done', dueAt: NOW + HOUR }))[0]?.reason).toBe('call_due');
    expect(queue(candidate({ status: 'in_progress', reopens: 1, dueAt: NOW + HOUR }))[0]?.reason).toBe('due_soon');
  });

  it('orders by reason, then the oldest "since", then the key read as people read it', () => {
    const items = queue(
      candidate({ issueKey: 'CMP-10', status: 'in_progress', returns: 1, dueAt: NOW + 100 * HOUR }),
      candidate({ issueKey: 'CMP-11', dueAt: NOW + HOUR }),
      candidate({ issueKey: 'CMP-12', status: 'measures_done' }),
      candidate({ issueKey: 'CMP-13', responsibleAccountId: null }),
      candidate({ issueKey: 'CMP-14', dueAt: NOW - HOUR }),
      candidate({ issueKey: 'CMP-15', escalationLevel: 1 }),
      candidate({ issueKey: 'CMP-9', escalationLevel: 2 }),
      candidate({ issueKey: 'CMP-8', escalationLevel: 1, statusChangedAt: T0 - HOUR }),
    );
    expect(items.map((i) => i.reason)).toEqual(['escalated', 'escalated', 'escalated', ...QUEUE_REASONS.slice(1)]);
    expect(items.map((i) => i.issueKey)).toEqual(['CMP-8', 'CMP-9', 'CMP-15', 'CMP-14', 'CMP-13', 'CMP-12', 'CMP-11', 'CMP-10']);
  });

  it('carries the row facts the page shows', () => {
    expect(queue(candidate({ issueId: '42', issueKey: 'CMP-7', departmentId: 'billing', status: 'in_progress', dueAt: NOW - 1, escalationLevel: 0 }))).toEqual([
      { issueId: '42', issueKey: 'CMP-7', departmentId: 'billing', status: 'in_progress', reason: 'overdue', since: NOW - 1, dueAt: NOW - 1, escalationLevel: 0 },
    ]);
  });
});
