import path from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { surfaceHtml } from './surface-html.mjs';

/**
 * The one Vite config of every Custom UI surface. Forge serves a resource from its own
 * path under an iframe URL, so assets must be addressed relative to index.html (`base: './'`).
 */
export const surfaceViteConfig = (appDir: string): UserConfig =>
  defineConfig({
    root: appDir,
    base: './',
    plugins: [surfaceHtml(appDir)],
    // Vite 8 compiles TSX with Oxc: the automatic runtime needs no React import in components.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    resolve: {
      // Every flag is off in a Forge iframe anyway; see feature-flags-off.ts for what this saves.
      alias: [{ find: /^@atlaskit\/platform-feature-flags(\/\w+)?$/, replacement: path.join(import.meta.dirname, 'feature-flags-off.ts') }],
    },
    build: {
      outDir: path.join(appDir, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      // Jira supports current browsers only, which all preload modules natively.
      modulePreload: { polyfill: false },
      // scripts/build-static.js reports the gzip size of each app itself.
      reportCompressedSize: false,
    },
    logLevel: 'warn',
  });
