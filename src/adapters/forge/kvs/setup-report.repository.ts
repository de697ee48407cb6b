import { z } from 'zod';
import { SETUP_STEPS, type SetupReport } from '../../../domain/setup/setup-report';
import type { KeyValueStore } from '../../../ports/key-value.port';

/** The last run of Set up project, written after every step so that the admin page can follow a run. */
export const SETUP_REPORT_KEY = 'setup:report';

const changeSchema = z.object({
  action: z.enum(['created', 'updated']),
  entity: z.enum([
    'issue-type',
    'issue-type-scheme',
    'status',
    'field',
    'field-context',
    'field-option',
    'screen',
    'screen-tab',
    'screen-field',
    'screen-scheme',
    'issue-type-screen-scheme',
    'workflow',
    'workflow-scheme',
    'request-type',
  ]),
  name: z.string(),
});

const reportSchema = z.object({
  projectKey: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  steps: z.array(
    z.object({
      step: z.enum(SETUP_STEPS),
      outcome: z.enum(['created', 'already-present', 'updated', 'failed']),
      changes: z.array(changeSchema),
      reason: z.string().optional(),
    }),
  ),
}) satisfies z.ZodType<SetupReport>;

/** The last report, or null before the first run (or if what is stored is not a report any more). */
export const loadSetupReport = async (kv: KeyValueStore): Promise<SetupReport | null> => {
  const parsed = reportSchema.safeParse(await kv.get(SETUP_REPORT_KEY));
  return parsed.success ? parsed.data : null;
};

export const saveSetupReport = (kv: KeyValueStore) => (report: SetupReport): Promise<void> => kv.set(SETUP_REPORT_KEY, report);
