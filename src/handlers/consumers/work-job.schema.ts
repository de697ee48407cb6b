import * as z from 'zod';
import { issueEventSchema } from '../../jira/intake/issue-event.schema';
import type { WorkJob } from '../../ports/work-queue.port';

/** A queue event as the consumer receives it: the job is its body. */
export const workEventSchema = z.object({
  body: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('due'), issueIds: z.array(z.string().min(1)).min(1).max(100) }),
    z.object({ kind: z.literal('messages'), refs: z.array(z.object({ issueId: z.string().min(1), key: z.string().min(1) })).min(1).max(100) }),
    z.object({ kind: z.literal('route'), issueId: z.string().min(1) }),
    z.object({ kind: z.literal('event'), event: issueEventSchema, attempt: z.number().int().min(1) }),
    z.object({
      kind: z.literal('reconcile'),
      projectKey: z.string().min(1),
      pass: z.object({ startedAt: z.number().int().nonnegative(), from: z.number().int().nonnegative(), afterKey: z.string().min(1).nullable() }),
      attempt: z.number().int().min(1),
    }),
    z.object({ kind: z.literal('trim'), closedBefore: z.number().int().nonnegative() }),
    z.object({ kind: z.literal('forget'), horizon: z.number().int().nonnegative() }),
  ]) satisfies z.ZodType<WorkJob>,
});
