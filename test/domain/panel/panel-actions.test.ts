import { PANEL_ACTIONS } from '../../../src/contracts/panel-view';
import type { ComplaintStatus, TrailKind } from '../../../src/domain/complaint';
import { followedUpSinceClosing, lastNudgeOn, panelActions } from '../../../src/domain/panel/panel-actions';
import type { Role } from '../../../src/domain/workflow/roles';
import { makeTrailEntry } from '../../domain/factories';

const ADVOCATE: Role[] = ['registrar', 'advocate'];
const RESPONSIBLE: Role[] = ['registrar', 'responsible'];
const REGISTRAR: Role[] = ['registrar'];
const MANAGER: Role[] = ['registrar', 'manager'];
const NONE_USED = { nudgedToday: false, followedUp: false };

describe('panelActions', () => {
  it.each<[string, Role[], ComplaintStatus, string[]]>([
    ['the responsible person on Registered', RESPONSIBLE, 'registered', ['start_work']],
    ['the responsible person in progress', RESPONSIBLE, 'in_progress', ['revise_measures', 'mark_done']],
    ['the responsible person on Measures done', RESPONSIBLE, 'measures_done', []],
    ['an advocate on Registered', ADVOCATE, 'registered', ['start_work', 'withdraw', 'mark_duplicate', 'reroute', 'nudge']],
    ['an advocate on Measures done', ADVOCATE, 'measures_done', ['close', 'return_for_rework', 'withdraw', 'mark_duplicate', 'reroute', 'nudge']],
    ['an advocate on Closed', ADVOCATE, 'closed', ['reopen', 'open_follow_up']],
    ['a manager on Closed', MANAGER, 'closed', ['reopen']],
    ['a registrar on Registered', REGISTRAR, 'registered', []],
    ['a registrar on Closed', REGISTRAR, 'closed', []],
  ])('offers %s what the workflow table lets them start, in the panel’s order', (_, roles, status, expected) => {
    expect(panelActions(PANEL_ACTIONS, roles, status, NONE_USED)).toEqual(expected);
  });

  it('leaves Nudge out once the complaint was nudged today, and only Nudge', () => {
    expect(panelActions(PANEL_ACTIONS, ADVOCATE, 'registered', { nudgedToday: true, followedUp: false })).toEqual(['start_work', 'withdraw', 'mark_duplicate', 'reroute']);
  });

  it('offers only what the surface lists, in the surface’s order', () => {
    expect(panelActions(['nudge', 'reroute'] as const, ADVOCATE, 'in_progress', NONE_USED)).toEqual(['nudge', 'reroute']);
  });
});

describe('lastNudgeOn', () => {
  const MOSCOW = 'Europe/Moscow';
  // 2026-03-02 22:30 UTC is already 2026-03-03 01:30 in Moscow.
  const lateMonday = Date.UTC(2026, 2, 2, 22, 30);

  it('answers the latest nudge of the business day, in the business time zone', () => {
    const trail = [
      makeTrailEntry({ kind: 'nudged', at: Date.UTC(2026, 2, 2, 12, 0) }),
      makeTrailEntry({ kind: 'nudged', at: lateMonday }),
      makeTrailEntry({ kind: 'reminded', at: lateMonday + 60_000 }),
    ];
    expect(lastNudgeOn(trail, '2026-03-03', MOSCOW)).toBe(lateMonday);
    expect(lastNudgeOn(trail, '2026-03-02', MOSCOW)).toBe(Date.UTC(2026, 2, 2, 12, 0));
    expect(lastNudgeOn(trail, '2026-03-03', 'Europe/London')).toBeNull();
  });

  it('takes the latest of several nudges that day, whatever order the trail has them in', () => {
    const trail = [makeTrailEntry({ kind: 'nudged', at: Date.UTC(2026, 2, 2, 15) }), makeTrailEntry({ kind: 'nudged', at: Date.UTC(2026, 2, 2, 10) })];
    expect(lastNudgeOn(trail, '2026-03-02', 'Europe/London')).toBe(Date.UTC(2026, 2, 2, 15));
  });

  it('is null without a nudge', () => {
    expect(lastNudgeOn([makeTrailEntry({ kind: 'reminded' })], '2026-03-02', MOSCOW)).toBeNull();
  });
});

describe('followedUpSinceClosing', () => {
  const entries = (...kinds: TrailKind[]) => kinds.map((kind) => makeTrailEntry({ kind }));

  it('holds once a follow-up was opened after the last closing, and not after a reopen and a new closing', () => {
    expect(followedUpSinceClosing(entries('routed', 'closed'))).toBe(false);
    expect(followedUpSinceClosing(entries('routed', 'closed', 'follow_up_opened'))).toBe(true);
    expect(followedUpSinceClosing(entries('routed', 'closed', 'follow_up_opened', 'reopened', 'closed'))).toBe(false);
    expect(followedUpSinceClosing(entries('follow_up_opened'))).toBe(false);
  });

  it('takes the follow-up out of the advocate\'s actions on a closed complaint', () => {
    expect(panelActions(PANEL_ACTIONS, ADVOCATE, 'closed', NONE_USED)).toEqual(['reopen', 'open_follow_up']);
    expect(panelActions(PANEL_ACTIONS, ADVOCATE, 'closed', { nudgedToday: false, followedUp: true })).toEqual(['reopen']);
  });
});
