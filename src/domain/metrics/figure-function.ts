import { filterRecords, type MetricsFilter, type MetricsRecord } from './metrics-query';
import { isEscalated, isOverdue } from './open-snapshot';

/**
 * The gadget figures that plain JQL cannot list, answered by the app's `jira:jqlFunction`
 * (`issue in complaintFigure("overdue", "<instant>", "CA,CB", "support")`).
 */
export const LISTED_FIGURES = ['overdue', 'escalated'] as const;
export type ListedFigure = (typeof LISTED_FIGURES)[number];

/** One call of the function: the figure as one gadget view showed it. */
export interface FigureCall {
  readonly figure: ListedFigure;
  /** The moment of the view: part of the arguments, so Jira's stored answer for them never goes stale. */
  readonly at: number;
  readonly filter: MetricsFilter;
}

/**
 * At most this many ids in one answer: Jira Cloud refuses a function's fragment of more than 1,000
 * values ("Work around the 1,000 value limit in custom JQL functions", developer.atlassian.com).
 */
export const MAX_LISTED_ISSUES = 1000;

export const FIGURE_FUNCTION_NAME = 'complaintFigure';

const USAGE = `Use ${FIGURE_FUNCTION_NAME}("overdue" or "escalated", "<ISO instant>", "<project keys>", "<department ids>").`;

// An ISO instant with its zone, as `Date.toISOString` writes it: a bare date would be read in a zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

const list = (text: string | undefined): string[] =>
  (text ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');

const isListedFigure = (name: string): name is ListedFigure => (LISTED_FIGURES as readonly string[]).includes(name);

/** The function's arguments as Jira passes them (strings), or the message the JQL editor shows. */
export const parseFigureCall = (args: readonly string[]): FigureCall | { readonly error: string } => {
  const [figure = '', instant = '', projects, departments] = args;
  if (args.length < 3 || args.length > 4) return { error: `${FIGURE_FUNCTION_NAME} takes 3 or 4 arguments. ${USAGE}` };
  if (!isListedFigure(figure)) return { error: `Unknown figure "${figure}". ${USAGE}` };
  const at = ISO_INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(at)) return { error: `"${instant}" is not an ISO instant such as 2026-03-31T17:00:00Z.` };
  const projectKeys = list(projects);
  if (projectKeys.length === 0) return { error: `Name at least one project. ${USAGE}` };
  return { figure, at, filter: { projectKeys, departmentIds: list(departments) } };
};

/** Whether a complaint counts in the figure: the dashboard's own definitions, over its own scope. */
export const inFigure = (call: FigureCall, records: readonly MetricsRecord[]): MetricsRecord[] =>
  filterRecords(records, call.filter).filter((c) => (call.figure === 'overdue' ? isOverdue(c, call.at) : isEscalated(c)));

/**
 * The JQL that replaces `issue in|not in complaintFigure(...)`: the figure's issues by id, which
 * Jira then searches with the user's own permissions. An empty figure needs a clause that parses
 * and never matches (or always does, for `not in`): every issue has a project.
 */
export const figureFragment = (issueIds: readonly string[], operator: 'in' | 'not in'): { readonly jql: string } | { readonly error: string } => {
  if (issueIds.length > MAX_LISTED_ISSUES) {
    return { error: `This figure has more than ${String(MAX_LISTED_ISSUES)} complaints, too many to list. Narrow the gadget to fewer projects or departments.` };
  }
  if (issueIds.length === 0) return { jql: operator === 'in' ? 'project is EMPTY' : 'project is not EMPTY' };
  return { jql: `issue ${operator} (${issueIds.join(', ')})` };
};
