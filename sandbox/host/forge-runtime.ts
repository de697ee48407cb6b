import { randomUUID } from 'node:crypto';

/** The fixed identity of the sandbox site and of the app installed on it. */
export const SANDBOX_SITE = {
  cloudId: '5a9d0c3e-7b1f-4e2a-9c4d-000000000001',
  environmentId: '5a9d0c3e-7b1f-4e2a-9c4d-0000000000e1',
  installationId: '5a9d0c3e-7b1f-4e2a-9c4d-0000000000a1',
  appVersion: '1.0.0',
} as const;

export const installContextAri = `ari:cloud:jira::site/${SANDBOX_SITE.cloudId}`;

/**
 * What @forge/api reads from `global.__forge_runtime__` (out/api/runtime.js): the app context,
 * the lambda deadline, metrics and tracing. The host builds one per invocation.
 */
export interface ForgeRuntime {
  readonly appContext: {
    readonly appId: string;
    readonly appVersion: string;
    readonly environmentId: string;
    readonly environmentType: 'DEVELOPMENT';
    readonly installationId: string;
    readonly invocationId: string;
    readonly moduleKey: string;
  };
  readonly contextAri: string;
  readonly lambdaContext: { readonly getRemainingTimeInMillis: () => number };
  readonly metrics: {
    readonly counter: () => { incr: () => void };
    readonly timing: () => { measure: () => { stop: () => void } };
  };
  readonly proxy: { readonly token: string; readonly url: string };
  readonly tracing: { readonly traceId: string; readonly spanId: string };
}

// Metrics go nowhere in the sandbox; the SDK only needs the calls to exist.
const metrics: ForgeRuntime['metrics'] = {
  counter: () => ({ incr: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
};

export const createForgeRuntime = (args: { appId: string; moduleKey: string; timeoutSeconds: number }): ForgeRuntime => {
  // Wall time, not Date.now: the sandbox moves Date.now when it fast-forwards, which must not end invocations.
  const deadline = performance.now() + args.timeoutSeconds * 1000;
  const invocationId = randomUUID();
  return {
    appContext: {
      appId: args.appId,
      appVersion: SANDBOX_SITE.appVersion,
      environmentId: SANDBOX_SITE.environmentId,
      environmentType: 'DEVELOPMENT',
      installationId: SANDBOX_SITE.installationId,
      invocationId,
      moduleKey: args.moduleKey,
    },
    contextAri: installContextAri,
    lambdaContext: { getRemainingTimeInMillis: () => Math.max(0, deadline - performance.now()) },
    metrics,
    proxy: { token: 'sandbox', url: 'sandbox' },
    tracing: { traceId: invocationId.replaceAll('-', ''), spanId: invocationId.slice(0, 16) },
  };
};
