import { z } from 'zod';

const installedEventSchema = z.object({
  installerAccountId: z.string().optional(),
  app: z.object({ id: z.string(), version: z.string() }).loose(),
});

/** `avi:forge:installed:app`. Store migrations and default configuration land with the storage issue. */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = installedEventSchema.safeParse(event);
  console.info('App installed', parsed.success ? parsed.data.app.version : 'unknown version');
  await Promise.resolve();
};
