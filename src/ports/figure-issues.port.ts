import type { FigureCall } from '../domain/metrics/figure-function';

/** The Jira issue ids of the complaints one figure counts, answered by the index. */
export interface FigureIssuesSource {
  /** At most `limit` ids, in a stable order; `inFigure` over the same rows is the definition. */
  figureIssueIds(call: FigureCall, limit: number): Promise<string[]>;
}
