import { z } from 'zod';
import { STATE_KEYS } from '../host/host-state-store';
import type { RequestContext } from '../sandbox-services';
import { HttpError, readJson, sendJson } from './http-kit';
import type { Route } from './route-table';

const siteSchema = z.object({ moduleKey: z.string().min(1), localId: z.string().min(1), extension: z.record(z.string(), z.unknown()) });
const invokeRequest = z.object({ site: siteSchema, functionKey: z.string().min(1), payload: z.record(z.string(), z.unknown()).default({}) });
const gadgetConfigRequest = z.object({ localId: z.string().min(1), configuration: z.record(z.string(), z.unknown()) });

const parse = async <S extends z.ZodType>(schema: S, req: Parameters<typeof readJson>[0]): Promise<z.infer<S>> => {
  const parsed = schema.safeParse(await readJson(req));
  if (!parsed.success) throw new HttpError(400, z.prettifyError(parsed.error));
  return parsed.data;
};

/**
 * What the host page calls on behalf of its Custom UI frames. The user is always the one in
 * the switcher cookie: a frame can name its module and place, never who it acts for.
 */
export const frameRoutes: readonly Route<RequestContext>[] = [
  {
    method: 'POST',
    path: /^\/__sandbox\/invoke$/,
    handle: async ({ req, res, ctx }) => {
      const { site, functionKey, payload } = await parse(invokeRequest, req);
      if (!ctx.services.host.uiModule(site.moduleKey)) throw new HttpError(404, `No UI module ${site.moduleKey}`);
      try {
        const value = await ctx.services.host.invokeResolver({ site, viewer: ctx.viewer, functionKey, payload });
        sendJson(res, 200, { ok: true, value: value ?? null });
      } catch (error) {
        // Forge shows a resolver crash to the frame as a rejected invoke, without the stack.
        console.error(`sandbox: resolver ${site.moduleKey} ${functionKey} threw`, error);
        sendJson(res, 500, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  },
  {
    method: 'POST',
    path: /^\/__sandbox\/gadget-config$/,
    handle: async ({ req, res, ctx }) => {
      const { localId, configuration } = await parse(gadgetConfigRequest, req);
      ctx.services.state.write(STATE_KEYS.gadgetConfig(localId), configuration);
      sendJson(res, 200, { saved: true });
    },
  },
];
