import type { PortalComplaint, PortalView, ResolverKey } from '../../../src/contracts/resolver-contracts';
import { makeContext, makeHost, type FakeHost } from './fake-host';

export const PORTAL_NOW = Date.UTC(2026, 11, 5, 10, 0);

/** A complaint being handled, as its reporter sees it on the portal; override what a test needs. */
export const makePortalComplaint = (overrides: Partial<PortalComplaint> = {}): PortalComplaint => ({
  issueKey: 'CMP-7',
  summary: 'Charged twice for one order',
  stage: 'being_handled',
  stageSince: Date.UTC(2026, 11, 2, 9, 30),
  raisedAt: Date.UTC(2026, 11, 1, 14, 0),
  nextStep: { step: 'measures', dueAt: Date.UTC(2026, 11, 9, 17, 0), overdue: false },
  regulatoryDeadline: null,
  sharedMeasures: null,
  anonymous: false,
  escalation: { grounds: [], escalatedAt: null },
  outcome: { canConfirm: false, confirmed: null },
  ...overrides,
});

export const portalView = (complaint: PortalComplaint | null): PortalView => ({ now: PORTAL_NOW, complaint });

type Answer = (request: unknown) => Promise<unknown>;

/** A portal frame's host: the module named by `type`, and resolvers answering from `answers` (`{}` for the rest). */
export const portalHost = (
  type: string,
  answers: Partial<Record<ResolverKey, Answer>>,
  locale = 'en-GB',
): FakeHost =>
  makeHost({
    context: makeContext({ locale, moduleKey: 'complaint-portal', extension: { type, request: { key: 'CMP-7', typeId: '12' }, portal: { id: '3' } } }),
    onCall: (key, request) => {
      if (key === 'preferences/get-language') return Promise.resolve({ language: null });
      const answer = answers[key as ResolverKey];
      return answer === undefined ? Promise.resolve({}) : answer(request);
    },
  });

export const REQUEST_DETAIL = 'jiraServiceManagement:portalRequestDetail';
export const PROFILE_PANEL = 'jiraServiceManagement:portalProfilePanel';
