import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteArgs<C> {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Capture groups in order; an optional group that did not match is undefined. */
  readonly params: readonly (string | undefined)[];
  readonly ctx: C;
}

export interface Route<C> {
  readonly method: 'GET' | 'POST';
  /** Anchored; capture groups become `params`. */
  readonly path: RegExp;
  readonly handle: (args: RouteArgs<C>) => Promise<void> | void;
}

/** Finds the route for a request and runs it; false when none matches. */
export const dispatch = async <C>(routes: readonly Route<C>[], req: IncomingMessage, res: ServerResponse, url: URL, ctx: C): Promise<boolean> => {
  for (const route of routes) {
    if (route.method !== req.method) continue;
    const match = route.path.exec(url.pathname);
    if (!match) continue;
    // An optional group that did not take part is undefined at run time, whatever lib.d.ts says.
    const groups = match.slice(1) as (string | undefined)[];
    await route.handle({ req, res, url, ctx, params: groups.map((p) => (p === undefined ? undefined : decodeURIComponent(p))) });
    return true;
  }
  return false;
};
