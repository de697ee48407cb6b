import { advocateDigests, DIGEST_LINES, digestKey, digestTargetOf, projectKeyOf, queuePagePath } from '../../../src/domain/desk/advocate-digest';
import type { QueueItem, QueueReason } from '../../../src/domain/desk/advocate-queue';
import { makeConfig, T0 } from '../factories';

const HOUR = 3_600_000;
// Billing has its own advocate; Delivery and Support have none, so the advocate group reads theirs.
const config = makeConfig({ groups: { advocate: 'voice', manager: 'board' } });

const item = (issueKey: string, reason: QueueReason, departmentId: string | null, since = T0): QueueItem => ({
  issueId: issueKey.replace(/\D/g, ''),
  issueKey,
  departmentId,
  status: 'registered',
  reason,
  since,
  dueAt: null,
  escalationLevel: 0,
});

describe('digestTargetOf', () => {
  it('is the department’s own advocate, else the advocate group', () => {
    expect(digestTargetOf(item('CMP-1', 'overdue', 'billing'), config)).toEqual({ kind: 'user', accountId: 'advocate-billing' });
    expect(digestTargetOf(item('CMP-2', 'overdue', 'delivery'), config)).toEqual({ kind: 'group', group: 'voice' });
    expect(digestTargetOf(item('CMP-3', 'overdue', 'gone'), config)).toEqual({ kind: 'group', group: 'voice' });
  });

  it('is the advocate group for a complaint in triage, whatever department it names', () => {
    expect(digestTargetOf(item('CMP-1', 'triage', 'billing'), config)).toEqual({ kind: 'group', group: 'voice' });
  });
});

describe('digestKey', () => {
  it('names the business day and the target, and differs between targets and days', () => {
    const anna = digestKey('2026-03-02', { kind: 'user', accountId: 'anna' });
    expect(anna).toMatch(/^digest:2026-03-02:[0-9a-z]+$/);
    expect(digestKey('2026-03-02', { kind: 'user', accountId: 'anna' })).toBe(anna);
    expect(digestKey('2026-03-03', { kind: 'user', accountId: 'anna' })).not.toBe(anna);
    expect(digestKey('2026-03-02', { kind: 'group', group: 'anna' })).not.toBe(anna);
    expect(digestKey('2026-03-02', { kind: 'user', accountId: 'annb' })).not.toBe(anna);
  });

  it('fits the outbox key (128 characters) for the longest account id and group name', () => {
    expect(digestKey('2026-03-02', { kind: 'user', accountId: 'a'.repeat(128) }).length).toBeLessThanOrEqual(32);
    expect(digestKey('2026-03-02', { kind: 'group', group: 'g'.repeat(255) }).length).toBeLessThanOrEqual(32);
  });
});

describe('advocateDigests', () => {
  it('groups the queue by target, one digest each, the target with the most urgent complaint first', () => {
    const queue = [
      item('CMP-1', 'escalated', 'delivery'),
      item('CMP-2', 'overdue', 'billing'),
      item('CMP-3', 'triage', null),
      item('CMP-4', 'call_due', 'billing'),
      item('CMP-5', 'rework', 'support'),
    ];
    const digests = advocateDigests(queue, config, '2026-03-02');
    expect(digests.map((d) => [d.target, d.ride.issueKey, d.total, d.lines.map((l) => l.issueKey)])).toEqual([
      [{ kind: 'group', group: 'voice' }, 'CMP-1', 3, ['CMP-1', 'CMP-3', 'CMP-5']],
      [{ kind: 'user', accountId: 'advocate-billing' }, 'CMP-2', 2, ['CMP-2', 'CMP-4']],
    ]);
    expect(digests.map((d) => d.key)).toEqual([digestKey('2026-03-02', { kind: 'group', group: 'voice' }), digestKey('2026-03-02', { kind: 'user', accountId: 'advocate-billing' })]);
  });

  it('keeps the queue’s order within a digest, and names each line’s reason and business day', () => {
    // 23:30 on Sunday 03-01 in London is still Sunday; 00:30 on Monday is Monday.
    const queue = [item('CMP-9', 'overdue', 'billing', T0 - 9.5 * HOUR), item('CMP-10', 'due_soon', 'billing', T0 - 8.5 * HOUR)];
    expect(advocateDigests(queue, config, '2026-03-02')[0]?.lines).toEqual([
      { issueKey: 'CMP-9', reason: 'overdue', since: '2026-03-01' },
      { issueKey: 'CMP-10', reason: 'due_soon', since: '2026-03-02' },
    ]);
  });

  it('lists the first DIGEST_LINES complaints and counts them all', () => {
    const queue = Array.from({ length: DIGEST_LINES + 7 }, (_, n) => item(`CMP-${String(n + 1)}`, 'call_due', 'billing'));
    const [digest] = advocateDigests(queue, config, '2026-03-02');
    expect(digest?.total).toBe(27);
    expect(digest?.lines).toHaveLength(20);
    expect(digest?.lines.at(-1)?.issueKey).toBe('CMP-20');
  });

  it('makes none from an empty queue', () => {
    expect(advocateDigests([], config, '2026-03-02')).toEqual([]);
  });
});

describe('the queue page’s address', () => {
  it('is the queuePage module’s, in the service project of the complaint', () => {
    expect(projectKeyOf('CMP-12')).toBe('CMP');
    expect(projectKeyOf('HR2-7')).toBe('HR2');
    expect(queuePagePath('CMP', 'app-1', 'env-1')).toBe('/jira/servicedesk/projects/CMP/queues/apps/app-1/env-1');
  });
});
