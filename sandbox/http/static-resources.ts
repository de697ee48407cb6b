import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './http-kit';

export const BRIDGE_SCRIPT_PATH = '/__sandbox/global-bridge.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * As the Forge tunnel does, the bridge script goes first in <head>, so `window.__bridge` exists
 * before the app's bundle loads @forge/bridge. Both are modules, which run in document order.
 */
export const injectBridge = (html: string): string => html.replace(/<head[^>]*>/i, (head) => `${head}\n    <script type="module" src="${BRIDGE_SCRIPT_PATH}"></script>`);

/** Serves one file of a built Custom UI resource; false when the file is not there. */
export const serveResourceFile = async (res: ServerResponse, resourceDir: string, relative: string): Promise<boolean> => {
  const file = path.resolve(resourceDir, relative === '' ? 'index.html' : relative);
  if (file !== resourceDir && !file.startsWith(resourceDir + path.sep)) return false;
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return false;
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  sendText(res, 200, type, path.basename(file) === 'index.html' ? injectBridge(content.toString('utf8')) : content);
  return true;
};
