import { z } from 'zod';

const jobSchema = z.object({ body: z.object({ kind: z.string() }).loose() });

/** Consumer of `complaint-queue`: the sweep fans out here when many complaints are due (routing issue). */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = jobSchema.safeParse(event);
  console.info('Queue job', parsed.success ? parsed.data.body.kind : 'malformed');
  await Promise.resolve();
};
