import { figureFragment, MAX_LISTED_ISSUES, parseFigureCall } from '../../domain/metrics/figure-function';
import type { FigureIssuesSource } from '../../ports/figure-issues.port';

/** The clause of a JQL search that Jira hands the app's `complaintFigure` function. */
export interface FigureClause {
  readonly operator: 'in' | 'not in';
  readonly arguments: readonly string[];
}

/**
 * Answers Jira's call of `complaintFigure`: the JQL fragment listing the figure's complaints from
 * the index, or a message for the JQL editor. No Jira call: Jira applies the searcher's
 * permissions to the fragment. One id past the cap is asked for, to tell "exactly the cap" from "more".
 */
export const answerFigureFunction = async (figures: FigureIssuesSource, clause: FigureClause): Promise<{ readonly jql: string } | { readonly error: string }> => {
  const call = parseFigureCall(clause.arguments);
  if ('error' in call) return call;
  return figureFragment(await figures.figureIssueIds(call, MAX_LISTED_ISSUES + 1), clause.operator);
};
