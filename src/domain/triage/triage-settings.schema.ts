import * as z from 'zod';
import { DEFAULT_AUTO_ROUTE_THRESHOLD } from './suggest-label';

/**
 * What the admin decides about the triage suggestion (issue 17). Automatic routing on a guess is
 * off until an admin turns it on; the threshold keeps low-confidence guesses with a person.
 */
export const triageSettingsSchema = z.object({
  autoRoute: z.boolean().default(false),
  threshold: z.number().min(0.5, 'must be at least 0.5').max(0.99, 'must be at most 0.99').default(DEFAULT_AUTO_ROUTE_THRESHOLD),
});
export type TriageSettings = z.infer<typeof triageSettingsSchema>;
