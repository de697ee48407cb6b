import { openForSuite } from '../support/open-for-tests';
import { panelCall } from '../integration/runtime/panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS } from '../integration/runtime/runtime-sandbox';
import { startRoutedComplaint } from './fuzz-sandboxes';
import { fuzzSurface } from './surface-fuzz';

/**
 * The issue panel's every key, 1,000 generated payloads each, called by the advocate on a routed
 * complaint, so that each payload gets past who-is-calling and meets the key's own checks.
 */
jest.setTimeout(600_000);

const env = openForSuite(startRoutedComplaint, SANDBOX_SET_UP_MS);

it('answers every payload of every panel key with data or a typed error, and a refusal changes nothing', async () => {
  const { watch, complaint } = env();
  const outcomes = await fuzzSurface({ watch, settle: () => env().settle() }, 'advocate-panel', panelCall(env(), DEMO_ACCOUNTS.advocate, complaint));
  expect(Object.values(outcomes).every((o) => o.accepted + o.refused >= 1000)).toBe(true);
});
