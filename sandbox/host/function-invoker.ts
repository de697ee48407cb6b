import { createForgeRuntime, installContextAri } from './forge-runtime';
import { runInInvocation, type ForgeFetch } from './invocation';
import type { AppManifest } from './manifest-model';

/** The app's handler module: `src/index.ts`, whose exports manifest.yml names as `index.<export>`. */
export type AppBundle = Readonly<Record<string, unknown>>;
type Handler = (event: unknown, context: unknown) => unknown;

export interface InvokeArgs {
  readonly functionKey: string;
  /** The module the invocation belongs to; the runtime reports it as appContext.moduleKey. */
  readonly moduleKey: string;
  readonly event: unknown;
  /** Resolvers run for a user; triggers, schedules and consumers run as the app. */
  readonly accountId?: string;
}

export interface FunctionInvoker {
  invoke(args: InvokeArgs): Promise<unknown>;
}

const BUNDLE_FILE = 'index';

const resolveHandlers = (manifest: AppManifest, bundle: AppBundle): ReadonlyMap<string, Handler> =>
  new Map(
    [...manifest.functions.values()].map((fn) => {
      const [file, exportName] = fn.handler.split('.');
      const handler = exportName === undefined ? undefined : bundle[exportName];
      if (file !== BUNDLE_FILE || typeof handler !== 'function') {
        throw new Error(`Function ${fn.key}: handler ${fn.handler} is not an export of src/${BUNDLE_FILE}.ts`);
      }
      return [fn.key, handler as Handler];
    }),
  );

/**
 * Calls the app's functions the way the Forge runtime does: `handler(event, context)`, with the
 * second argument carrying the principal and the install context, inside an invocation that
 * sets `__forge_runtime__` and routes `__forge_fetch__` to this sandbox.
 */
export const createFunctionInvoker = (manifest: AppManifest, bundle: AppBundle, fetch: ForgeFetch): FunctionInvoker => {
  const handlers = resolveHandlers(manifest, bundle);
  return {
    invoke: ({ functionKey, moduleKey, event, accountId }) => {
      const handler = handlers.get(functionKey);
      const fn = manifest.functions.get(functionKey);
      if (!handler || !fn) return Promise.reject(new Error(`No function ${functionKey} in the manifest`));
      const runtime = createForgeRuntime({ appId: manifest.appId, moduleKey, timeoutSeconds: fn.timeoutSeconds });
      const context = { installContext: installContextAri, ...(accountId ? { principal: { accountId } } : {}) };
      return runInInvocation({ runtime, accountId: accountId ?? null, fetch }, async () => await handler(event, context));
    },
  };
};
