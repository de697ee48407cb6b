import { randomUUID } from 'node:crypto';
import type { JiraSite } from '../jira-site';
import type { AppFunctionAnswer, AppFunctionResolver, AppJqlFunction } from '../jql/jql-app-functions';

/** Runs an installed app's function the way Forge does for a Jira module; the host provides it. */
export type AppFunctionInvoker = (call: { readonly moduleKey: string; readonly functionKey: string; readonly payload: unknown }) => Promise<unknown>;

const isAnswer = (value: unknown): value is AppFunctionAnswer =>
  typeof value === 'object' &&
  value !== null &&
  (typeof (value as { jql?: unknown }).jql === 'string' || typeof (value as { error?: unknown }).error === 'string');

/**
 * Jira's precomputations: the first search that uses a function with given arguments calls the
 * app and stores its answer (a fragment or an error); later searches reuse it. They live in
 * memory: a restarted sandbox asks the app again, as Jira does once it drops an unused one.
 * Without an invoker no app function is known, so queries that use one are refused.
 */
export function appFunctionPrecomputations(site: JiraSite, invoke: AppFunctionInvoker | undefined): AppFunctionResolver {
  const stored = new Map<string, AppFunctionAnswer>();
  return {
    functions: () =>
      new Map(
        invoke === undefined
          ? []
          : site.extensions.all().flatMap((ext) => (ext.moduleType === 'jira:jqlFunction' ? [[ext.name.toLowerCase(), ext] as [string, AppJqlFunction]] : [])),
      ),
    answer: async (fn, clause) => {
      const extension = site.extensions.byKey(fn.key);
      if (invoke === undefined || extension?.moduleType !== 'jira:jqlFunction') throw new Error(`No JQL function ${fn.key}`);
      const id = JSON.stringify([fn.key, clause.field.toLowerCase(), clause.operator, clause.arguments]);
      const known = stored.get(id);
      if (known !== undefined) return known;
      const result = await invoke({ moduleKey: extension.moduleKey, functionKey: extension.functionKey, payload: { precomputationId: randomUUID(), clause } });
      const answer = isAnswer(result) ? result : { error: `The JQL function '${fn.name}' returned an invalid result.` };
      stored.set(id, answer);
      return answer;
    },
  };
}
