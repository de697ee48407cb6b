import { hostile } from './hostile-input';
import { fuzz, judgeResolverAnswer, type CaseRunner, type Verdict } from './fuzz-case';
import { WELL_FORMED, isContractKey } from './resolver-requests';
import { resolverKeys } from './resolver-surfaces';

/** The Custom UI modules with a resolver that the fuzz files cover; a test holds it to manifest.yml. */
export const FUZZED_MODULES = ['advocate-panel', 'manager-dashboard', 'admin-page', 'complaint-portal-detail', 'complaint-portal-profile', 'complaint-advocate-queue'] as const;
export type FuzzedModule = (typeof FUZZED_MODULES)[number];

/** Calls one key of the surface's resolver with a payload, as Forge does for the viewer of the test. */
export type SurfaceCall = (functionKey: string, payload: unknown) => Promise<unknown>;

/**
 * Fuzzes every key the module's resolver defines, from its contract's well-formed shape and
 * hostile changes of it, 1,000 cases a key; answers how each key's cases came out.
 */
export const fuzzSurface = async (runner: CaseRunner, moduleKey: FuzzedModule, call: SurfaceCall): Promise<Record<string, Record<Verdict, number>>> => {
  const keys = await resolverKeys(moduleKey);
  const uncovered = keys.filter((key) => !isContractKey(key));
  if (uncovered.length > 0) throw new Error(`${moduleKey} defines keys without a contract, which the fuzzing cannot cover: ${uncovered.join(', ')}`);
  const outcomes: Record<string, Record<Verdict, number>> = {};
  for (const key of keys.filter(isContractKey)) {
    outcomes[key] = await fuzz(runner, `${moduleKey} ${key}`, hostile(WELL_FORMED[key]), (payload) => call(key, payload), judgeResolverAnswer);
  }
  return outcomes;
};
