import { z } from 'zod';
import { NO_EVENT_FAULTS } from '../host/event-delivery';
import type { RequestContext } from '../sandbox-services';
import { cookieHeader, THEME_COOKIE, USER_COOKIE } from './cookies';
import { HttpError, readForm, readJson, redirect, sendJson } from './http-kit';
import type { Route } from './route-table';

const clockRequest = z.object({ advanceMs: z.number().int().nonnegative() });
const faultsRequest = z.object({
  clear: z.boolean().optional(),
  jira: z
    .object({
      rate429: z.number().min(0).max(1),
      rate500: z.number().min(0).max(1),
      afterWorkShare: z.number().min(0).max(1),
      appCallsOnly: z.boolean(),
      retryAfterSeconds: z.number().int().nonnegative(),
      delayMs: z.number().int().nonnegative(),
      seed: z.number().int(),
      quotaPerMinute: z.number().nonnegative(),
      quotaBurst: z.number().int().nonnegative(),
    })
    .partial()
    .optional(),
  events: z.object({ delayMs: z.number().int().nonnegative(), duplicate: z.boolean(), lost: z.boolean() }).partial().optional(),
});

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, z.prettifyError(parsed.error));
  return parsed.data;
};

const faultsOf = ({ services }: RequestContext) => ({
  jira: services.emulator.faults.get(),
  events: services.host.events.faults(),
  answeredAfterWork: services.emulator.faults.answeredAfterWork().length,
});

const clockOf = ({ services }: RequestContext) => ({
  now: services.clock.now(),
  iso: new Date(services.clock.now()).toISOString(),
  offsetMs: services.clock.offset(),
  schedules: services.host.schedules(),
});

/** Jumps, schedules, faults and resets would tangle with seeding, which moves the clock and calls Jira itself. */
const refuseWhileSeeding = ({ services }: RequestContext): void => {
  const progress = services.seeding();
  if (progress !== null) {
    throw new HttpError(409, `The sandbox is still creating the demo data (${String(progress.created)} of ${String(progress.total)} complaints so far); try again when it is ready`);
  }
};

/** Where a form-posting page goes back to: a local path only. */
const backTo = (form: URLSearchParams): string => {
  const target = form.get('returnTo') ?? '/';
  return target.startsWith('/') && !target.startsWith('//') ? target : '/';
};

const getJson = (path: RegExp, body: (ctx: RequestContext) => unknown): Route<RequestContext> => ({
  method: 'GET',
  path,
  handle: ({ res, ctx }) => {
    sendJson(res, 200, body(ctx));
  },
});

/** The control API under /__sandbox/ that tests, scripts and the host pages use. */
export const controlRoutes: readonly Route<RequestContext>[] = [
  getJson(/^\/__sandbox\/clock$/, clockOf),
  {
    method: 'POST',
    path: /^\/__sandbox\/clock$/,
    handle: async ({ req, res, ctx }) => {
      const { advanceMs } = parse(clockRequest, await readJson(req));
      refuseWhileSeeding(ctx);
      const ran = await ctx.services.jumpClock(advanceMs);
      sendJson(res, 200, { ...clockOf(ctx), ran: ran.map(({ key, at }) => ({ key, at: new Date(at).toISOString() })) });
    },
  },
  {
    method: 'POST',
    path: /^\/__sandbox\/scheduled\/([\w-]+)$/,
    handle: async ({ res, ctx, params: [key = ''] }) => {
      if (!ctx.services.host.schedules().some((s) => s.key === key)) throw new HttpError(404, `No scheduled trigger ${key}`);
      refuseWhileSeeding(ctx);
      await ctx.services.host.runScheduled(key);
      await ctx.services.settle();
      sendJson(res, 200, { ran: key });
    },
  },
  getJson(/^\/__sandbox\/outbox$/, ({ services }) => services.emulator.outbox()),
  getJson(/^\/__sandbox\/faults$/, faultsOf),
  {
    method: 'POST',
    path: /^\/__sandbox\/faults$/,
    handle: async ({ req, res, ctx }) => {
      const { clear, jira, events } = parse(faultsRequest, await readJson(req));
      refuseWhileSeeding(ctx);
      if (clear === true) {
        ctx.services.emulator.faults.clear();
        ctx.services.host.events.setFaults(NO_EVENT_FAULTS);
      }
      if (jira) ctx.services.emulator.faults.set(jira);
      if (events) ctx.services.host.events.setFaults(events);
      sendJson(res, 200, faultsOf(ctx));
    },
  },
  {
    method: 'POST',
    path: /^\/__sandbox\/reset$/,
    handle: async ({ res, ctx }) => {
      refuseWhileSeeding(ctx);
      await ctx.services.reset();
      sendJson(res, 200, { reset: true, users: ctx.services.emulator.users().length });
    },
  },
  getJson(/^\/__sandbox\/users$/, ({ services }) => services.emulator.users()),
  {
    method: 'POST',
    path: /^\/__sandbox\/user$/,
    handle: async ({ req, res, ctx }) => {
      const form = await readForm(req);
      const accountId = form.get('accountId') ?? '';
      const user = ctx.services.emulator.users().find((u) => u.accountId === accountId);
      if (user === undefined) throw new HttpError(400, `No demo user ${accountId}`);
      // A portal customer has no Jira to go back to: JSM sends them to the portal.
      const target = user.accountType === 'customer' && !backTo(form).startsWith('/portal') ? '/portal' : backTo(form);
      redirect(res, target, { 'set-cookie': cookieHeader(USER_COOKIE, accountId) });
    },
  },
  {
    method: 'POST',
    path: /^\/__sandbox\/theme$/,
    handle: async ({ req, res }) => {
      const form = await readForm(req);
      const mode = form.get('colorMode') === 'dark' ? 'dark' : 'light';
      redirect(res, backTo(form), { 'set-cookie': cookieHeader(THEME_COOKIE, mode) });
    },
  },
];
