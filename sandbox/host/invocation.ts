import { AsyncLocalStorage } from 'node:async_hooks';
import type { ForgeRuntime } from './forge-runtime';

/** What the Forge SDKs call to reach the platform: `global.__forge_fetch__(target, path, init)`. */
export interface ForgeFetchTarget {
  readonly type: string;
  readonly provider?: string;
  readonly remote?: string;
  readonly accountId?: string;
}
export type ForgeFetch = (target: ForgeFetchTarget, path: string, init: RequestInit | undefined, invocation: Invocation) => Promise<Response>;

/** One running function: its runtime, the user it runs for (resolvers) and the host it talks to. */
export interface Invocation {
  readonly runtime: ForgeRuntime;
  readonly accountId: string | null;
  readonly fetch: ForgeFetch;
}

const invocations = new AsyncLocalStorage<Invocation>();

export const runInInvocation = <T>(invocation: Invocation, run: () => Promise<T>): Promise<T> => invocations.run(invocation, run);

const current = (): Invocation => {
  const invocation = invocations.getStore();
  if (!invocation) throw new Error('A Forge API was called outside a Forge invocation of the sandbox');
  return invocation;
};

/**
 * Installs the two host globals once per process. Both read the invocation from
 * AsyncLocalStorage, so concurrent invocations (even of two sandboxes in one test process)
 * each see their own runtime and reach their own host.
 */
export const installForgeGlobals = (): void => {
  if (Object.getOwnPropertyDescriptor(globalThis, '__forge_runtime__')) return;
  Object.defineProperty(globalThis, '__forge_runtime__', {
    // @forge/kvs probes it at module load, outside any invocation: undefined is what it expects there.
    get: (): ForgeRuntime | undefined => invocations.getStore()?.runtime,
    configurable: true,
  });
  Object.defineProperty(globalThis, '__forge_fetch__', {
    value: (target: ForgeFetchTarget, path: string, init?: RequestInit): Promise<Response> => {
      const invocation = current();
      return invocation.fetch(target, path, init, invocation);
    },
    configurable: true,
  });
};
