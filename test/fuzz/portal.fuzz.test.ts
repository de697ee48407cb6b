import { portalProfileSite, portalRequestSite } from '../../sandbox/pages/frame-sites';
import type { FrameSite } from '../../sandbox/host/ui-context';
import { openForSuite } from '../support/open-for-tests';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS } from '../integration/runtime/runtime-sandbox';
import { startPortalComplaint } from './fuzz-sandboxes';
import { fuzzSurface, type FuzzedModule } from './surface-fuzz';

/**
 * The customer portal's every key, 1,000 generated payloads each, on both of its modules, called
 * by Carol: on the page of a complaint she raised, and on her profile, where she raises and
 * follows anonymous complaints.
 */
jest.setTimeout(900_000);

const env = openForSuite(startPortalComplaint, SANDBOX_SET_UP_MS);

const siteOf = (moduleKey: FuzzedModule): FrameSite => {
  const module = env().services.host.uiModule(moduleKey);
  if (module === undefined) throw new Error(`manifest.yml has no module ${moduleKey}`);
  return moduleKey === 'complaint-portal-detail' ? portalRequestSite(module, env().request) : portalProfileSite(module);
};

it.each(['complaint-portal-detail', 'complaint-portal-profile'] as const)(
  'answers every payload of every key on %s with data or a typed error, and a refusal changes nothing',
  async (moduleKey) => {
    const site = siteOf(moduleKey);
    const call = (functionKey: string, payload: unknown) =>
      env().services.host.invokeResolver({
        site,
        viewer: { accountId: DEMO_ACCOUNTS.customer, locale: 'en-US', timeZone: 'America/Chicago', colorMode: 'light', accountType: 'customer' },
        functionKey,
        payload,
      });
    const outcomes = await fuzzSurface({ watch: env().watch, settle: () => env().settle() }, moduleKey, call);
    expect(Object.values(outcomes).every((o) => o.accepted + o.refused >= 1000)).toBe(true);
  },
);
