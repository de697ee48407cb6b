import * as z from 'zod';

const withSummary = z.object({ fields: z.object({ summary: z.string() }).loose() }).loose();

/** The summary of an issue as `GET /issue/{id}?fields=summary` answers it; null for no issue, or one without it. */
export const summaryOf = (issue: unknown): string | null => withSummary.safeParse(issue).data?.fields.summary ?? null;

const found = z.object({ id: z.string(), fields: z.object({ summary: z.string() }).loose() }).loose();

/** The summaries of a search's issues (`/search/jql` with `fields=summary`), by issue id. */
export const summariesById = (issues: readonly unknown[]): ReadonlyMap<string, string> =>
  new Map(
    issues.flatMap((issue) => {
      const parsed = found.safeParse(issue);
      return parsed.success ? [[parsed.data.id, parsed.data.fields.summary] as const] : [];
    }),
  );
