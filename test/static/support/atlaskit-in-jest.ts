import fs from 'node:fs';
import path from 'node:path';

const ATLASKIT = path.resolve(__dirname, '../../../node_modules/@atlaskit');
const FLAGS_OFF = path.resolve(__dirname, '../../../static/shared/vite/feature-flags-off.ts');
// Only the CommonJS builds are loaded under jest; skipping the rest keeps the walk short.
const SKIPPED_DIRS = new Set(['esm', 'es2019', 'types', 'src', 'codemods', 'docs', '__tests__']);

const cssFilesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : cssFilesUnder(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });

/**
 * Lets the real @atlaskit components render under jest. Their CommonJS builds `require` their
 * compiled CSS, which jest would parse as JavaScript, so every such file becomes an empty module;
 * feature flags get the same all-off stand-in as the Vite bundles. Call it before the first
 * (dynamic) import of a component.
 */
export const prepareAtlaskit = (): void => {
  for (const file of cssFilesUnder(ATLASKIT)) jest.doMock(file, () => ({}));
  const flagsOff = (): unknown => jest.requireActual(FLAGS_OFF);
  jest.doMock('@atlaskit/platform-feature-flags', flagsOff);
  jest.doMock('@atlaskit/platform-feature-flags/fg', flagsOff);
};
