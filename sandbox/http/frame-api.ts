import { z } from 'zod';
import type { IssuedFrame } from '../host/frame-registry';
import { STATE_KEYS } from '../host/host-state-store';
import { ResolverFunctionNotFound } from '../host/resolver-function-not-found';
import type { PageViewer, RequestContext } from '../sandbox-services';
import { HttpError, readJson, sendJson } from './http-kit';
import type { Route } from './route-table';
import { requireViewer } from './signed-in';

// Only the frame's id: whatever else a body says about its module, issue or user is dropped.
const invokeRequest = z.object({ frame: z.string().min(1), functionKey: z.string().min(1), payload: z.record(z.string(), z.unknown()).default({}) });
const gadgetConfigRequest = z.object({ frame: z.string().min(1), configuration: z.record(z.string(), z.unknown()) });

const parse = async <S extends z.ZodType>(schema: S, req: Parameters<typeof readJson>[0]): Promise<z.infer<S>> => {
  const parsed = schema.safeParse(await readJson(req));
  if (!parsed.success) throw new HttpError(400, z.prettifyError(parsed.error));
  return parsed.data;
};

/** The frame a page rendered for this viewer; a frame rendered for someone else is refused. */
const frameOf = (ctx: RequestContext, viewer: PageViewer, frameId: string): IssuedFrame => {
  const frame = ctx.services.frames.find(frameId);
  if (!frame) throw new HttpError(404, 'No such frame: reload the page');
  if (frame.accountId !== viewer.accountId) throw new HttpError(403, 'The frame was rendered for another user: reload the page');
  return frame;
};

/**
 * What the host page calls on behalf of its Custom UI frames. The user is the one in the
 * switcher cookie, and the frame's module and place are the ones its page rendered: a frame
 * names only its id, never who it acts for or where it sits.
 */
export const frameRoutes: readonly Route<RequestContext>[] = [
  {
    method: 'POST',
    path: /^\/__sandbox\/invoke$/,
    handle: async ({ req, res, ctx }) => {
      const viewer = requireViewer(ctx);
      const call = await parse(invokeRequest, req);
      const { site } = frameOf(ctx, viewer, call.frame);
      try {
        const value = await ctx.services.host.invokeResolver({ site, viewer, functionKey: call.functionKey, payload: call.payload });
        sendJson(res, 200, { ok: true, value: value ?? null });
      } catch (error) {
        if (error instanceof ResolverFunctionNotFound) {
          sendJson(res, 404, { ok: false, code: error.code, error: error.message });
          return;
        }
        // Forge shows a resolver crash to the frame as a rejected invoke, without the stack.
        console.error(`sandbox: resolver ${site.moduleKey} ${call.functionKey} threw`, error);
        sendJson(res, 500, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  },
  {
    method: 'POST',
    path: /^\/__sandbox\/gadget-config$/,
    handle: async ({ req, res, ctx }) => {
      const viewer = requireViewer(ctx);
      const { frame: frameId, configuration } = await parse(gadgetConfigRequest, req);
      const { site } = frameOf(ctx, viewer, frameId);
      // Only a gadget in edit mode submits a configuration, as in Jira.
      if (site.extension.entryPoint !== 'edit') throw new HttpError(403, 'Only a gadget in edit mode saves a configuration');
      ctx.services.state.write(STATE_KEYS.gadgetConfig(site.localId), configuration);
      sendJson(res, 200, { saved: true });
    },
  },
];
