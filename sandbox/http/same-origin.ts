import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-kit';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that a page of another origin sent: browsers name the page's
 * origin on every cross-origin POST, and the switcher cookie would otherwise ride along (it is
 * SameSite=Lax, and another port of the same host is the same site). Scripts and tests send no
 * Origin and are not concerned; they authenticate with basic auth or the cookie they chose.
 * Jira refuses such requests too, with its XSRF check.
 */
export const refuseCrossOrigin = (req: IncomingMessage): void => {
  const origin = req.headers.origin;
  if (origin === undefined || SAFE_METHODS.has(req.method ?? 'GET')) return;
  if (origin !== `http://${req.headers.host ?? ''}`) throw new HttpError(403, 'XSRF check failed');
};
