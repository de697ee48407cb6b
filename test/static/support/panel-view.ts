import type { PanelView } from '../../../src/contracts/panel-view';
import type { ResolverKey } from '../../../src/contracts/resolver-contracts';
import { makeContext, makeHost, type FakeHost } from './fake-host';

/** A panel view on an In progress complaint, as an advocate of it would get it; override what a test needs. */
export const makeView = (overrides: Partial<Omit<PanelView, 'complaint'>> & { complaint?: Partial<PanelView['complaint']> } = {}): PanelView => {
  const { complaint, ...rest } = overrides;
  return {
    now: Date.UTC(2026, 11, 5, 10, 0),
    complaint: {
      issueKey: 'CS-7',
      status: 'in_progress',
      resolution: null,
      department: { id: 'billing', name: 'Billing' },
      responsibleAccountId: 'account-lead-1',
      channel: 'phone',
      anonymous: false,
      measures: 'Refund the fee',
      measuresDeadline: '2026-12-10',
      actionTaken: null,
      compensation: null,
      satisfaction: null,
      consideredResolved: null,
      returns: 0,
      reopens: 0,
      followUpOf: null,
      due: { at: Date.UTC(2026, 11, 7, 13, 0), step: 'in_progress' },
      escalationLevel: 0,
      regulatoryDeadlines: [],
      ...complaint,
    },
    trail: [],
    roles: ['advocate'],
    actions: [],
    names: { 'account-lead-1': 'Lena Lead', 'account-advocate-1': 'Ada Advocate', 'account-deputy-2': 'Dan Deputy' },
    forms: {
      today: '2026-12-05',
      currency: 'GBP',
      nudgedToday: null,
      departments: [
        { id: 'billing', name: 'Billing', people: [{ accountId: 'account-lead-1', role: 'lead' }] },
        { id: 'cards', name: 'Cards', people: [{ accountId: 'account-deputy-2', role: 'deputy' }] },
      ],
    },
    ...rest,
  };
};

type Answer = (request: unknown) => Promise<unknown>;

/**
 * A host whose `panel/view` answers `views` in turn (the last one again after that) and whose
 * other keys answer from `answers`; a key without an answer succeeds with `{}`.
 */
export const panelHost = (views: readonly PanelView[], answers: Partial<Record<ResolverKey, Answer>> = {}, locale = 'en-GB'): FakeHost => {
  let loads = 0;
  return makeHost({
    context: makeContext({ locale }),
    onCall: (key, request) => {
      if (key === 'preferences/get-language') return Promise.resolve({ language: null });
      if (key === 'panel/view') return Promise.resolve(views[Math.min(loads++, views.length - 1)]);
      const answer = answers[key as ResolverKey];
      return answer === undefined ? Promise.resolve({}) : answer(request);
    },
  });
};
