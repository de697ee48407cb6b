import Resolver from '@forge/resolver';
import { parseConfig } from '../../../src/domain/config/parse-config';
import { NO_RECONCILIATION } from '../../../src/domain/reconciliation/reconciliation-pass';
import { defineHealthResolvers } from '../../../src/handlers/resolvers/health.resolvers';

/** The health key as the Forge runtime calls it; `opened` counts how often the check's ports were made. */
const setup = (isAdmin: boolean) => {
  let opened = 0;
  const handler = defineHealthResolvers(new Resolver(), {
    callerIsJiraAdmin: () => Promise.resolve(isAdmin),
    health: () => {
      opened += 1;
      return Promise.resolve({
        configs: { load: () => Promise.resolve(parseConfig({ departments: [{ id: 'legal', name: 'Legal' }] })) },
        bindings: { all: () => Promise.resolve([]) },
        names: { displayNamesOf: () => Promise.resolve(new Map<string, string>()) },
        jira: { assignableIn: () => Promise.resolve(new Set<string>()), missingAppPermissions: () => Promise.resolve([]) },
        sweeps: { load: () => Promise.resolve(null) },
        reconciliations: { load: () => Promise.resolve(NO_RECONCILIATION) },
        outbox: { health: () => Promise.resolve({ pending: 0, gaveUp: 0, lastGiveUps: [] }) },
        triage: { openInTriage: () => Promise.resolve(3) },
      });
    },
  }).getDefinitions();
  const call = (payload: unknown) =>
    handler({ call: { functionKey: 'admin/health', payload }, context: { localId: 'admin-1', extension: { type: 'jira:adminPage' } } }, { principal: { accountId: 'adele' } });
  return { call, opened: () => opened };
};

describe('the health resolver', () => {
  it('answers the report to a Jira admin', async () => {
    expect(await setup(true).call({})).toMatchObject({ ok: true, data: { departmentsWithoutLead: ['Legal'], lastSweep: null, triage: 3 } });
  });

  it('refuses anyone else before opening anything', async () => {
    const { call, opened } = setup(false);
    expect(await call({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(opened()).toBe(0);
  });
});
