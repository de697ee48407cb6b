import * as z from 'zod';

const withSummary = z.object({ fields: z.object({ summary: z.string() }).loose() }).loose();

/** The summary of an issue as `GET /issue/{id}?fields=summary` answers it; null for no issue, or one without it. */
export const summaryOf = (issue: unknown): string | null => withSummary.safeParse(issue).data?.fields.summary ?? null;
