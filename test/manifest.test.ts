import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes, validate } from '@forge/manifest';
import { parse } from 'yaml';
import * as app from '../src/index';
import {
  brokenResourceReferences,
  missingHandlerExports,
  missingResourceBuilds,
  unreferencedFunctions,
  type ManifestLike,
} from './support/manifest-check';

const root = join(__dirname, '..');
const manifestPath = join(root, 'manifest.yml');
const manifest = parse(readFileSync(manifestPath, 'utf8')) as ManifestLike;

// The Forge validator resolves handler files and translations against the working directory.
const inRoot = async <T>(run: () => Promise<T>): Promise<T> => {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return await run();
  } finally {
    process.chdir(cwd);
  }
};

describe('manifest.yml', () => {
  it('passes @forge/manifest full validation offline', async () => {
    const result = await inRoot(() => validate(false, 'manifest.yml'));
    expect(result.errors).toEqual([]);
    expect(result.success).toBe(true);
  }, 30_000);

  it('grants the scopes its product triggers need', async () => {
    const result = await inRoot(() =>
      ProcessorBuilder.instance().withValidation(ValidationTypes.PRODUCT_TRIGGER).build().process('manifest.yml'),
    );
    expect(result.errors).toEqual([]);
  }, 30_000);

  it('names only handlers that src/index.ts exports as functions', () => {
    expect(missingHandlerExports(manifest, app)).toEqual([]);
  });

  it('points every resource at a built app, and every icon at a file in it', () => {
    expect(missingResourceBuilds(manifest, root)).toEqual([]);
    expect(brokenResourceReferences(manifest, root)).toEqual([]);
  });

  it('declares no function that no module uses', () => {
    expect(unreferencedFunctions(manifest)).toEqual([]);
  });

  it('runs on a supported Node runtime and needs no egress', () => {
    const raw = parse(readFileSync(manifestPath, 'utf8')) as { app: { runtime: { name: string } }; permissions: Record<string, unknown> };
    expect(['nodejs22.x', 'nodejs24.x']).toContain(raw.app.runtime.name);
    expect(raw.permissions.external).toBeUndefined();
  });
});

describe('the manifest checks catch mistakes', () => {
  const clone = (): ManifestLike => structuredClone(manifest);

  it('reports a renamed handler', () => {
    const renamed = clone();
    const first = renamed.modules.function?.[0];
    if (!first) throw new Error('manifest has no functions');
    first.handler = 'index.panelResolverRenamed';
    expect(missingHandlerExports(renamed, app)).toEqual([`${first.key} → index.panelResolverRenamed`]);
  });

  it('reports a handler outside index', () => {
    const moved = clone();
    const first = moved.modules.function?.[0];
    if (!first) throw new Error('manifest has no functions');
    first.handler = 'handlers.panelResolver';
    expect(missingHandlerExports(moved, app)).toHaveLength(1);
  });

  it('reports a wrong resource path and a missing icon', () => {
    const wrong = clone();
    const [firstResource] = wrong.resources ?? [];
    if (!firstResource) throw new Error('manifest has no resources');
    firstResource.path = 'static/panel/dist';
    expect(missingResourceBuilds(wrong, root)).toEqual([`${firstResource.key} → static/panel/dist`]);
    expect(brokenResourceReferences(wrong, root).length).toBeGreaterThan(0);
  });

  it('reports an unreferenced function', () => {
    const extra = clone();
    extra.modules.function?.push({ key: 'orphan', handler: 'index.panelResolver' });
    expect(unreferencedFunctions(extra)).toEqual(['orphan']);
  });
});
