import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizePath, type Plugin } from 'vite';

const TEMPLATE = path.join(import.meta.dirname, 'surface-index.html');

/**
 * Every surface's page is the same, a #root for its main.tsx, so the apps keep no index.html of
 * their own: this plugin answers Vite's entry, `<app>/index.html`, with the one template. The
 * build still writes `<app>/build/index.html`, which manifest.yml points at.
 */
export const surfaceHtml = (appDir: string): Plugin => {
  const entry = normalizePath(path.join(appDir, 'index.html'));
  return {
    name: 'surface-html',
    enforce: 'pre',
    resolveId: (id) => (normalizePath(id) === entry ? entry : null),
    load: (id) => (id === entry ? readFileSync(TEMPLATE, 'utf8') : null),
  };
};
