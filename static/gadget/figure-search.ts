import type { ComplaintSearchIds } from '../../src/contracts/resolver-contracts';
import { FIGURE_FUNCTION_NAME, figureArguments, type FigureCall } from '../../src/domain/metrics/figure-function';
import { TRIAGE } from '../../src/domain/metrics/metrics-query';
import type { OpenStatus } from '../../src/domain/metrics/open-snapshot';

/** What one figure counts, as Jira's issue search can list it. */
export type FigureSearch =
  | { readonly kind: 'open'; readonly status?: OpenStatus; readonly department?: string }
  | { readonly kind: 'registered'; readonly from: number; readonly to: number; readonly department?: string }
  | {
      readonly kind: 'closed';
      readonly from: number;
      readonly to: number;
      readonly department?: string;
      /** Only those closed as done: the ones with a satisfaction call. */
      readonly done?: boolean;
    }
  /** A figure plain JQL cannot express, listed by the app's JQL function as of the view's moment or period. */
  | ({ readonly kind: 'listed' } & DistributiveOmit<FigureCall, 'filter'>);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What every search of one gadget view shares: its configuration and the ids Set up project made. */
export interface SearchScope {
  readonly projects: readonly string[];
  /** Department ids; empty means every department. */
  readonly departments: readonly string[];
  readonly departmentNames: Readonly<Record<string, string>>;
  readonly ids: ComplaintSearchIds;
  /** The searcher's time zone: Jira reads JQL dates in the user's own zone. */
  readonly timeZone: string;
}

/** A JQL string literal: a quote or backslash inside must not end it. */
const quoted = (text: string): string => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** `customfield_10050` as JQL names it. */
const jqlField = (fieldId: string): string => fieldId.replace(/^customfield_(\d+)$/, 'cf[$1]');

const pad = (n: number): string => String(n).padStart(2, '0');

/** The moment as `"yyyy-MM-dd HH:mm"` in `timeZone`, the minute precision JQL dates have. */
export const jqlDate = (ms: number, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return quoted(`${String(part('year'))}-${pad(part('month'))}-${pad(part('day'))} ${pad(part('hour'))}:${pad(part('minute'))}`);
};

/**
 * The Department field holds the department's name as its option; complaints in triage have
 * none. Null when every department counts.
 */
const departmentClause = (scope: SearchScope, departments: readonly string[]): string | null => {
  if (departments.length === 0) return null;
  const field = jqlField(scope.ids.departmentFieldId);
  const names = departments.filter((id) => id !== TRIAGE).map((id) => quoted(scope.departmentNames[id] ?? id));
  const clauses = [
    ...(names.length === 0 ? [] : [`${field} in (${names.join(', ')})`]),
    ...(departments.includes(TRIAGE) ? [`${field} is EMPTY`] : []),
  ];
  return clauses.length === 1 ? (clauses[0] ?? null) : `(${clauses.join(' OR ')})`;
};

const within = (field: string, from: number, to: number, timeZone: string): string[] => [
  `${field} >= ${jqlDate(from, timeZone)}`,
  `${field} < ${jqlDate(to, timeZone)}`,
];

const figureClauses = (search: Exclude<FigureSearch, { kind: 'listed' }>, scope: SearchScope): string[] => {
  const { statusIds } = scope.ids;
  switch (search.kind) {
    case 'open':
      return search.status === undefined
        ? [`status in (${[statusIds.registered, statusIds.in_progress, statusIds.measures_done].join(', ')})`]
        : [`status = ${statusIds[search.status]}`];
    // The figures leave closed duplicates out: a duplicate is one complaint registered twice.
    // `NOT resolution = x` also matches an unresolved complaint, which `resolution != x` does not.
    case 'registered':
      return [...within('created', search.from, search.to, scope.timeZone), 'NOT resolution = Duplicate'];
    case 'closed':
      return [
        `status = ${statusIds.closed}`,
        search.done === true ? 'resolution = Done' : 'NOT resolution = Duplicate',
        ...within('resolved', search.from, search.to, scope.timeZone),
      ];
  }
};

/**
 * `complaintFigure` scopes by the gadget's projects and departments itself; the moment of the view
 * is an argument, so Jira's stored answer for it is the list the gadget counted.
 */
const listedJql = (scope: SearchScope, search: Extract<FigureSearch, { kind: 'listed' }>): string => {
  const filter = { projectKeys: scope.projects, departmentIds: scope.departments };
  const call: FigureCall = 'at' in search ? { figure: search.figure, at: search.at, filter } : { figure: search.figure, period: search.period, filter };
  return `issue in ${FIGURE_FUNCTION_NAME}(${figureArguments(call).map(quoted).join(', ')})`;
};

/**
 * The JQL of the complaints a figure counts: the gadget's projects and departments (or the one
 * department the figure is about), the complaint issue type, and the figure's own condition.
 */
export const figureJql = (scope: SearchScope, search: FigureSearch): string =>
  search.kind === 'listed'
    ? listedJql(scope, search)
    : [
        `project in (${scope.projects.map(quoted).join(', ')})`,
        `issuetype = ${scope.ids.issueTypeId}`,
        departmentClause(scope, search.department === undefined ? scope.departments : [search.department]),
        ...figureClauses(search, scope),
      ]
        .filter((clause): clause is string => clause !== null)
        .join(' AND ');

/** Jira's issue search page, relative to the site, listing what `jql` finds. */
export const issueSearchPath = (jql: string): string => `/issues/?jql=${encodeURIComponent(jql)}`;
