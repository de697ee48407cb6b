import fc from 'fast-check';
import { openForSuite } from '../support/open-for-tests';
import { SANDBOX_SET_UP_MS } from '../integration/provisioning/provisioning-sandbox';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import { fuzz } from './fuzz-case';
import { hostile } from './hostile-input';
import { startConfiguredInstallation } from './fuzz-sandboxes';
import { fuzzSurface, type FuzzedModule } from './surface-fuzz';

/**
 * The admin page's, the dashboard gadget's and the advocate queue page's every key, 1,000
 * generated payloads each, and the install event, on a configured installation where Set up
 * project never ran.
 */
jest.setTimeout(600_000);

const env = openForSuite(startConfiguredInstallation, SANDBOX_SET_UP_MS);

const caller = (moduleKey: FuzzedModule, accountId: string) => (functionKey: string, payload: unknown) =>
  env().services.host.invokeResolver({
    site: { moduleKey, localId: `${moduleKey}/fuzz`, extension: {} },
    viewer: { accountId, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: 'licensed' },
    functionKey,
    payload,
  });

// First: a Set up project report, which the admin page's cases may leave, would make the install event queue a run.
it('takes any install event as the install, which on a prepared installation changes nothing', async () => {
  const event = fc.record({ installerAccountId: fc.constantFrom(DEMO_ACCOUNTS.admin), app: fc.record({ id: fc.string(), version: fc.constantFrom('1.0.0', '2.3.0') }) });
  const install = (payload: unknown) => env().services.host.invokeModuleFunction({ moduleKey: 'app-installed-trigger', functionKey: 'app-installed', payload });
  const outcomes = await fuzz(env(), 'app-installed', hostile(event), install, (answer) => {
    if (answer !== undefined) throw new Error(`A trigger answered ${JSON.stringify(answer)}`);
    return 'refused';
  });
  expect(outcomes.refused).toBe(1000);
});

it.each([
  ['admin-page', DEMO_ACCOUNTS.admin],
  ['manager-dashboard', DEMO_ACCOUNTS.manager],
  ['complaint-advocate-queue', DEMO_ACCOUNTS.advocate],
] as const)('answers every payload of every %s key with data or a typed error, and a refusal changes nothing', async (moduleKey, accountId) => {
  const outcomes = await fuzzSurface(env(), moduleKey, caller(moduleKey, accountId));
  expect(Object.values(outcomes).every((o) => o.accepted + o.refused >= 1000)).toBe(true);
});
