import { filterRecords, isWithin, type MetricsFilter, type MetricsPeriod, type MetricsRecord } from './metrics-query';
import { isEscalated, isOverdue } from './open-snapshot';

/**
 * The gadget figures that plain JQL cannot list, answered by the app's `jira:jqlFunction`:
 * `issue in complaintFigure("overdue", "<instant>", "CA,CB", "support")` for a figure of one
 * moment, `complaintFigure("firstAction", "<from>/<to>", …)` (an ISO 8601 interval) for one of a period.
 */
export const MOMENT_FIGURES = ['overdue', 'escalated'] as const;
/** `firstAction`: the complaints whose work started in the period, which time to first action is over. */
export const PERIOD_FIGURES = ['firstAction'] as const;
export type MomentFigure = (typeof MOMENT_FIGURES)[number];
export type PeriodFigure = (typeof PERIOD_FIGURES)[number];
export type ListedFigure = MomentFigure | PeriodFigure;
export const LISTED_FIGURES: readonly ListedFigure[] = [...MOMENT_FIGURES, ...PERIOD_FIGURES];

/**
 * One call of the function: the figure as one gadget view showed it. The moment or period is part
 * of the arguments, so Jira's stored answer for them never goes stale.
 */
export type FigureCall =
  | { readonly figure: MomentFigure; readonly at: number; readonly filter: MetricsFilter }
  | { readonly figure: PeriodFigure; readonly period: MetricsPeriod; readonly filter: MetricsFilter };

/**
 * At most this many ids in one answer: Jira Cloud refuses a function's fragment of more than 1,000
 * values ("Work around the 1,000 value limit in custom JQL functions", developer.atlassian.com).
 */
export const MAX_LISTED_ISSUES = 1000;

export const FIGURE_FUNCTION_NAME = 'complaintFigure';

const USAGE = `Use ${FIGURE_FUNCTION_NAME}("<figure>", "<ISO instant, or from/to>", "<project keys>", "<department ids>"); figures: ${LISTED_FIGURES.join(', ')}.`;

// An ISO instant with its zone, as `Date.toISOString` writes it: a bare date would be read in a zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

const instantOf = (text: string): number => (ISO_INSTANT.test(text) ? Date.parse(text) : Number.NaN);

const list = (text: string | undefined): string[] =>
  (text ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');

const isMomentFigure = (name: string): name is MomentFigure => (MOMENT_FIGURES as readonly string[]).includes(name);
const isPeriodFigure = (name: string): name is PeriodFigure => (PERIOD_FIGURES as readonly string[]).includes(name);

/** `from/to`, half-open as every period of the dashboard; null unless both are instants in order. */
const periodOf = (text: string): MetricsPeriod | null => {
  const [from = Number.NaN, to = Number.NaN, ...rest] = text.split('/').map(instantOf);
  return rest.length === 0 && from < to ? { from, to } : null;
};

/** The function's arguments as Jira passes them (strings), or the message the JQL editor shows. */
export const parseFigureCall = (args: readonly string[]): FigureCall | { readonly error: string } => {
  const [figure = '', when = '', projects, departments] = args;
  if (args.length < 3 || args.length > 4) return { error: `${FIGURE_FUNCTION_NAME} takes 3 or 4 arguments. ${USAGE}` };
  const filter = { projectKeys: list(projects), departmentIds: list(departments) };
  if (filter.projectKeys.length === 0) return { error: `Name at least one project. ${USAGE}` };
  if (isMomentFigure(figure)) {
    const at = instantOf(when);
    return Number.isNaN(at) ? { error: `"${when}" is not an ISO instant such as 2026-03-31T17:00:00Z.` } : { figure, at, filter };
  }
  if (isPeriodFigure(figure)) {
    const period = periodOf(when);
    return period === null ? { error: `"${when}" is not a period such as 2026-03-01T00:00:00Z/2026-04-01T00:00:00Z.` } : { figure, period, filter };
  }
  return { error: `Unknown figure "${figure}". ${USAGE}` };
};

/** The arguments that `parseFigureCall` reads back as `call`: what the gadget's links write. */
export const figureArguments = (call: FigureCall): string[] => [
  call.figure,
  'at' in call ? new Date(call.at).toISOString() : `${new Date(call.period.from).toISOString()}/${new Date(call.period.to).toISOString()}`,
  call.filter.projectKeys.join(','),
  call.filter.departmentIds.join(','),
];

const counts = (call: FigureCall, c: MetricsRecord): boolean => {
  switch (call.figure) {
    case 'overdue':
      return isOverdue(c, call.at);
    case 'escalated':
      return isEscalated(c);
    case 'firstAction':
      return isWithin(call.period, c.firstActionAt);
  }
};

/** The complaints a figure counts: the dashboard's own definitions, over its own scope. */
export const inFigure = (call: FigureCall, records: readonly MetricsRecord[]): MetricsRecord[] =>
  filterRecords(records, call.filter).filter((c) => counts(call, c));

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
