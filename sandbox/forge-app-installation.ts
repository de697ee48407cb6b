import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ForgeAppInstallation } from './jira/apps/install-forge-app';

const manifestSchema = z
  .object({
    app: z.object({ id: z.string() }).loose(),
    modules: z.unknown(),
    translations: z.object({ resources: z.array(z.object({ key: z.string(), path: z.string() })), fallback: z.object({ default: z.string() }) }).optional(),
  })
  .loose();

/** What installing the app hands Jira: its id, the environment and manifest.yml's modules, with i18n keys read from the default catalogue. */
export const forgeAppInstallation = (manifestPath: string, environmentId: string): ForgeAppInstallation => {
  const manifest = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')));
  const catalogueFile = manifest.translations?.resources.find((r) => r.key === manifest.translations?.fallback.default)?.path;
  const catalogue: unknown = catalogueFile === undefined ? {} : JSON.parse(readFileSync(path.join(path.dirname(manifestPath), catalogueFile), 'utf8'));
  const translate = (key: string): string | undefined => {
    const value = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalogue);
    return typeof value === 'string' ? value : undefined;
  };
  return { appId: manifest.app.id, environmentId, modules: manifest.modules, translate };
};
