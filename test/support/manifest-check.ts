import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface FunctionEntry {
  key: string;
  handler: string;
}
interface ResourceEntry {
  key: string;
  path: string;
}
export interface ManifestLike {
  modules: Record<string, unknown[]> & { function?: FunctionEntry[] };
  resources?: ResourceEntry[];
}

/** Function entries whose `index.<name>` handler is not exported as a function from src/index.ts. */
export const missingHandlerExports = (manifest: ManifestLike, exported: Record<string, unknown>): string[] =>
  (manifest.modules.function ?? [])
    .filter(({ handler }) => {
      const [file, name] = handler.split('.');
      return file !== 'index' || name === undefined || typeof exported[name] !== 'function';
    })
    .map((f) => `${f.key} → ${f.handler}`);

/** Resources whose built directory lacks an index.html. */
export const missingResourceBuilds = (manifest: ManifestLike, root: string): string[] =>
  (manifest.resources ?? []).filter((r) => !existsSync(join(root, r.path, 'index.html'))).map((r) => `${r.key} → ${r.path}`);

/** `resource:<key>;<file>` references (icons) that point at nothing. */
export const brokenResourceReferences = (manifest: ManifestLike, root: string): string[] => {
  const refs = JSON.stringify(manifest.modules).match(/resource:[\w-]+;[^"]+/g) ?? [];
  return refs.filter((ref) => {
    const [key = '', file = ''] = ref.slice('resource:'.length).split(';');
    const resource = manifest.resources?.find((r) => r.key === key);
    return !resource || !existsSync(join(root, resource.path, file));
  });
};

/** Function keys that no module refers to: dead entries in the manifest. */
export const unreferencedFunctions = (manifest: ManifestLike): string[] => {
  const { function: functions = [], ...modules } = manifest.modules;
  const text = JSON.stringify(modules);
  return functions.map((f) => f.key).filter((key) => !text.includes(`"${key}"`));
};
