import { nextToAct } from '../../../src/domain/workflow/next-to-act';

describe('who acts next after a status change', () => {
  it('is the lead after a return or a reopen', () => {
    expect(nextToAct({ kind: 'returned', status: 'in_progress' })).toEqual({ roles: ['assignee'], message: { kind: 'returned' } });
    expect(nextToAct({ kind: 'reopened', status: 'in_progress' })).toEqual({ roles: ['assignee'], message: { kind: 'reopened' } });
  });

  it('tells the lead the reason the advocate gave, as given', () => {
    expect(nextToAct({ kind: 'returned', status: 'in_progress', note: 'The refund never arrived' })?.message).toEqual({ kind: 'returned', reason: 'The refund never arrived' });
    expect(nextToAct({ kind: 'reopened', status: 'in_progress', note: 'The customer called again' })?.message).toEqual({ kind: 'reopened', reason: 'The customer called again' });
  });

  it('is the advocate once the measures are done', () => {
    expect(nextToAct({ kind: 'transitioned', status: 'measures_done' })).toEqual({ roles: ['advocate'], message: { kind: 'measures_done' } });
  });

  it.each([
    ['the lead starting work', { kind: 'transitioned', status: 'in_progress' }],
    ['a close', { kind: 'closed', status: 'closed' }],
    ['a re-route', { kind: 'rerouted', status: 'registered' }],
    ['a routing', { kind: 'routed', status: 'registered' }],
  ] as const)('is nobody to tell after %s', (_what, entry) => {
    expect(nextToAct(entry)).toBeNull();
  });
});
