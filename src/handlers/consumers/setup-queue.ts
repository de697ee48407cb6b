import * as z from 'zod';
import { setupSucceeded } from '../../domain/setup/setup-report';
import { setUpProject } from '../../usecases/provisioning/set-up-project';
import { setUpProjectDeps } from '../wiring/setup.wiring';

const setupEventSchema = z.object({ body: z.object({ projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/) }) });

/** Consumer of `setup-queue`: one run of Set up project, which reports each step as it goes. */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = setupEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed Set up project job', parsed.error.issues);
    return;
  }
  const report = await setUpProject(await setUpProjectDeps(), parsed.data.body.projectKey);
  console.info('Set up project', report.projectKey, setupSucceeded(report) ? 'complete' : 'incomplete');
};
