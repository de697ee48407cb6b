import type { RequestContext } from '../sandbox-services';
import { browserScript, hostStylesheet } from './browser-scripts';
import { HttpError, sendText } from './http-kit';
import type { Route } from './route-table';
import { BRIDGE_SCRIPT_PATH, serveResourceFile } from './static-resources';
import { themeCss } from './theme';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const asset = (path: RegExp, contentType: string, content: () => string | Promise<string>): Route<RequestContext> => ({
  method: 'GET',
  path,
  handle: async ({ res }) => {
    sendText(res, 200, contentType, await content());
  },
});

/** Host scripts and styles, and the apps' built Custom UI resources with the bridge injected. */
export const assetRoutes: readonly Route<RequestContext>[] = [
  asset(new RegExp(`^${BRIDGE_SCRIPT_PATH}$`), JS, () => browserScript('global-bridge')),
  asset(/^\/__sandbox\/host-page\.js$/, JS, () => browserScript('host-page')),
  asset(/^\/__sandbox\/host\.css$/, CSS, hostStylesheet),
  asset(/^\/__sandbox\/theme\.css$/, CSS, themeCss),
  {
    method: 'GET',
    path: /^\/__sandbox\/resources\/([\w-]+)\/(.*)$/,
    handle: async ({ res, ctx, params: [key = '', file = ''] }) => {
      const dir = ctx.services.host.manifest.resources.get(key);
      if (dir === undefined) throw new HttpError(404, `No resource ${key} in the manifest`);
      if (!(await serveResourceFile(res, dir, file))) {
        throw new HttpError(404, `${key}/${file || 'index.html'} is not built: run npm run build:static`);
      }
    },
  },
];
