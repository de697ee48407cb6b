import { panelTrailEntry } from '../../../src/domain/panel/panel-trail';
import { makeTrailEntry, T0 } from '../../domain/factories';

describe('panelTrailEntry', () => {
  it('keeps what the panel shows and drops the index’s bookkeeping', () => {
    const entry = { ...makeTrailEntry({ kind: 'routed', actorAccountId: null, reason: 'routing.lead', recipients: ['user:lead-billing'] }), key: 'route' };
    expect(panelTrailEntry(entry)).toEqual({ at: T0, kind: 'routed', actorAccountId: null, reason: 'routing.lead', recipients: ['user:lead-billing'], status: 'registered' });
  });

  it('carries the level, the note and the call’s rating where the entry has them', () => {
    expect(panelTrailEntry(makeTrailEntry({ kind: 'escalated', level: 2 }))).toMatchObject({ level: 2 });
    expect(panelTrailEntry(makeTrailEntry({ kind: 'returned', note: 'Not enough' }))).toMatchObject({ note: 'Not enough' });
    const call = panelTrailEntry(makeTrailEntry({ kind: 'call_recorded', satisfaction: 4, consideredResolved: false }));
    expect(call).toMatchObject({ satisfaction: 4, consideredResolved: false });
    expect(call).not.toHaveProperty('level');
    expect(call).not.toHaveProperty('note');
  });

  it('says how many reminders a rolled-up row stands for, and nothing for a row of one', () => {
    const reminder = makeTrailEntry({ kind: 'reminded', reason: 'reminder.registered', recipients: ['assignee'] });
    expect(panelTrailEntry({ ...reminder, times: 12 })).toMatchObject({ times: 12 });
    expect(panelTrailEntry({ ...reminder, times: 1 })).not.toHaveProperty('times');
    expect(panelTrailEntry(reminder)).not.toHaveProperty('times');
  });
});
