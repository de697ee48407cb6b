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
});
