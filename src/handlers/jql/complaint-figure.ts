import * as z from 'zod';
import type { FigureIssuesSource } from '../../ports/figure-issues.port';
import { answerFigureFunction } from '../../usecases/dashboard/answer-figure-function';
import { figureIssuesSource } from '../wiring/dashboard.wiring';

// What Jira sends a `jira:jqlFunction` (developer.atlassian.com, "Custom JQL functions").
const functionCall = z.object({
  precomputationId: z.string().optional(),
  clause: z.object({
    field: z.string(),
    operator: z.enum(['in', 'not in']),
    functionName: z.string(),
    arguments: z.array(z.string()).default([]),
  }),
});

type FunctionAnswer = { readonly jql: string } | { readonly error: string };

/**
 * The `complaintFigure` JQL function. Jira shows `error` in the JQL editor, so nothing is thrown:
 * an unexpected failure is logged and answered with a short message.
 */
export const figureFunction =
  (source: () => Promise<FigureIssuesSource>) =>
  async (event: unknown): Promise<FunctionAnswer> => {
    const parsed = functionCall.safeParse(event);
    if (!parsed.success) return { error: 'complaintFigure works with "issue in" and "issue not in" only.' };
    try {
      return await answerFigureFunction(await source(), parsed.data.clause);
    } catch (error) {
      console.error('complaintFigure failed', error);
      return { error: 'Complaint Advocate could not list this figure now. Try again later.' };
    }
  };

export const handler = figureFunction(figureIssuesSource);
