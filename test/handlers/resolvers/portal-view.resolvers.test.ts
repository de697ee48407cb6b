import Resolver from '@forge/resolver';
import { PORTAL_MODULES } from '../../../src/handlers/resolvers/portal-caller';
import { sealPortalComplaint } from '../../../src/handlers/resolvers/portal-response';
import { definePortalViewResolvers, type PortalViewResolverDeps } from '../../../src/handlers/resolvers/portal-view.resolvers';
import { portalComplaint } from '../../../src/domain/portal/portal-complaint';
import { makeRecord } from '../../adapters/sql/store-contract';
import { makeConfig, T0 } from '../../domain/factories';

/** The portal's keys as Forge calls them, over deps that each test fills in as it needs. */
const SHOWN = portalComplaint({ row: makeRecord({ dueAt: T0 + 1 }), trail: [], summary: 'Charged twice', config: makeConfig(), now: T0 });
const PROFILE = { extension: { type: PORTAL_MODULES.profile } };

const fail = (): never => {
  throw new Error('not used here');
};

const portal = (deps: Partial<PortalViewResolverDeps>) => {
  const handler = definePortalViewResolvers(new Resolver(), {
    caller: { requests: { requestOf: fail, participantsOf: fail }, links: { linksOf: fail } },
    view: fail,
    anonymous: fail,
    ...deps,
  }).getDefinitions();
  return (functionKey: string, payload: unknown = {}, context: Record<string, unknown> = PROFILE) =>
    handler({ call: { functionKey, payload }, context }, { principal: { accountId: 'carol' } });
};

describe('what leaves the portal', () => {
  it('is a PortalComplaint, field by field', () => {
    expect(sealPortalComplaint(SHOWN)).toEqual(SHOWN);
  });

  it.each([
    ['the lead’s account', { responsibleAccountId: 'lead-billing' }],
    ['the measures under another name', { measures: 'Refund' }],
    ['a stage the portal does not know', { stage: 'registered' }],
    ['a next step with more in it', { nextStep: { step: 'start', dueAt: T0, overdue: false, who: 'lead-billing' } }],
  ])('is refused, as the app’s fault, when it carries %s', (_what, change) => {
    expect(() => sealPortalComplaint({ ...SHOWN, ...change })).toThrow(expect.objectContaining({ code: 'INTERNAL' }) as Error);
  });
});

describe('raising an anonymous complaint', () => {
  it('is a CONFLICT before Set up project ran anywhere, and creates nothing', async () => {
    const created: unknown[] = [];
    const anonymous = () =>
      Promise.resolve({
        config: makeConfig(),
        bindings: { all: () => Promise.resolve([]) },
        jira: { createIssue: (fields: unknown) => Promise.resolve(void created.push(fields)) },
      } as never);
    const answer = await portal({ anonymous })('portal/raise-anonymous', { summary: 'Shouted at', description: 'At the till', contact: { email: 'c@example.org', preferredChannel: 'email' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(created).toEqual([]);
  });
});
