import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ResolverClass from '@forge/resolver';
import { loadManifest, type AppManifest } from '../../sandbox/host/manifest-model';

const ROOT = path.resolve(__dirname, '../..');

export const appManifest = (): AppManifest => loadManifest(path.join(ROOT, 'manifest.yml'));

/** The keys a resolver module defines, seen as its code runs `define`: a new key shows up here without anyone listing it. */
const keysDefinedBy = async (modulePath: string): Promise<string[]> => {
  let keys: string[] = [];
  await jest.isolateModulesAsync(async () => {
    const { default: Resolver } = (await import('@forge/resolver')) as unknown as { default: typeof ResolverClass };
    const define = jest.spyOn(Resolver.prototype, 'define');
    await import(modulePath);
    keys = define.mock.calls.map(([key]) => key);
    define.mockRestore();
  });
  return keys;
};

/** The file under src/ that a manifest function's handler (`index.<export>`) comes from, as src/index.ts re-exports it. */
export const handlerFile = (manifest: AppManifest, functionKey: string): string => {
  const exportName = manifest.functions.get(functionKey)?.handler.split('.')[1] ?? '';
  const index = readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8');
  const file = new RegExp(`export \\{ handler as ${exportName} \\} from '([^']+)'`).exec(index)?.[1];
  if (file === undefined) throw new Error(`src/index.ts re-exports no ${exportName} for ${functionKey}`);
  return path.join(ROOT, 'src', file);
};

/** The Custom UI modules of manifest.yml that have a resolver. */
export const resolverModules = (manifest: AppManifest = appManifest()): string[] =>
  manifest.uiModules.flatMap((m) => (m.resolverFunctionKey === null ? [] : [m.key]));

/** The keys the resolver of a Custom UI module of manifest.yml defines. */
export const resolverKeys = async (moduleKey: string): Promise<string[]> => {
  const manifest = appManifest();
  const functionKey = manifest.uiModules.find((m) => m.key === moduleKey)?.resolverFunctionKey;
  if (functionKey == null) throw new Error(`manifest.yml has no resolver module ${moduleKey}`);
  return keysDefinedBy(handlerFile(manifest, functionKey));
};
