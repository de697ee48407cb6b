import * as z from 'zod';
import { MANUAL_STEPS, SETUP_STEPS, type SetupReport } from '../../../domain/setup/setup-report';
import type { KeyValueStore } from '../../../ports/key-value.port';
import { kvsDocument } from './kvs-document';
import type { SetupReportRepository } from '../../../ports/setup-report.port';

const SETUP_REPORT_KEY = 'setup:report';

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
      manual: z.array(z.enum(MANUAL_STEPS)).optional(),
    }),
  ),
  refusal: z.string().optional(),
}) satisfies z.ZodType<SetupReport>;

/** The last report as one KVS document; one that no longer parses reads as none. */
export const setupReportRepository = (kv: KeyValueStore): SetupReportRepository => kvsDocument(kv, SETUP_REPORT_KEY, reportSchema);
