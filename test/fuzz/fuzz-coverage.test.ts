import { appManifest, handlerFile, resolverModules } from './resolver-surfaces';
import { EVENT_FUNCTION_KEYS } from './fuzzed-functions';
import { FUZZED_MODULES } from './surface-fuzz';

/** The fuzz files cover every way hostile input reaches the app, as manifest.yml declares them. */
const manifest = appManifest();

it('fuzzes the resolver of every Custom UI module', () => {
  expect([...FUZZED_MODULES].sort()).toEqual(resolverModules(manifest).sort());
});

it('fuzzes every function that takes an event: triggers, consumers and JQL functions', () => {
  const resolvers = new Set(manifest.uiModules.map((m) => m.resolverFunctionKey));
  const scheduled = new Set(manifest.scheduledTriggers.map((s) => s.functionKey));
  const eventFunctions = [...manifest.functions.keys()].filter((key) => !resolvers.has(key) && !scheduled.has(key));
  expect([...EVENT_FUNCTION_KEYS].sort()).toEqual(eventFunctions.sort());
});

it('leaves out only scheduled functions, which read no event', async () => {
  for (const { functionKey } of manifest.scheduledTriggers) {
    const { handler } = (await import(handlerFile(manifest, functionKey))) as { handler: (...args: unknown[]) => unknown };
    expect({ functionKey, parameters: handler.length }).toEqual({ functionKey, parameters: 0 });
  }
});
