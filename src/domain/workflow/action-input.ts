import { businessDateOf } from '../calendar/business-date';
import type { AppConfig } from '../config/app-config.schema';
import type { RequiredInput } from './complaint-workflow';

/** What a person supplies with an action (panel form or transition screen). */
export interface ActionInput {
  readonly measures?: string;
  /** `YYYY-MM-DD` in the business time zone. */
  readonly measuresDeadline?: string;
  readonly actionTaken?: string;
  readonly satisfaction?: number;
  readonly consideredResolved?: boolean;
  readonly callNotes?: string;
  readonly reason?: string;
  readonly duplicateOf?: string;
  readonly department?: string;
  readonly compensation?: number;
}

export type InputProblem = 'missing' | 'deadline_in_past' | 'out_of_range' | 'bad_format' | 'unknown_department' | 'same_complaint';

export interface InputContext {
  /** Today, `YYYY-MM-DD`, in the business time zone: a deadline must not be before it. */
  readonly today: string;
  readonly departmentIds: readonly string[];
  /** The complaint's own key, when it exists: it cannot duplicate itself. */
  readonly issueKey?: string;
}

/** What the checks of a complaint's inputs need to know, now, under this configuration. */
export const inputContextOf = (config: Pick<AppConfig, 'calendar' | 'departments'>, now: number, issueKey?: string): InputContext => ({
  today: businessDateOf(now, config.calendar.timeZone),
  departmentIds: config.departments.map((d) => d.id),
  ...(issueKey === undefined ? {} : { issueKey }),
});

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,9}-[1-9]\d*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

const isCalendarDate = (s: string): boolean => {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

type Check = (input: ActionInput, ctx: InputContext) => InputProblem | null;

const text =
  (pick: (i: ActionInput) => string | undefined): Check =>
  (i) =>
    blank(pick(i)) ? 'missing' : null;

/** One check per input; `null` means the input is acceptable. */
const CHECKS: Readonly<Record<RequiredInput, Check>> = {
  measures: text((i) => i.measures),
  actionTaken: text((i) => i.actionTaken),
  callNotes: text((i) => i.callNotes),
  reason: text((i) => i.reason),
  measuresDeadline: ({ measuresDeadline: d }, { today }) => {
    if (blank(d) || d === undefined) return 'missing';
    if (!isCalendarDate(d)) return 'bad_format';
    // ISO dates compare correctly as strings.
    return d < today ? 'deadline_in_past' : null;
  },
  satisfaction: ({ satisfaction: s }) => {
    if (s === undefined) return 'missing';
    return Number.isInteger(s) && s >= 1 && s <= 5 ? null : 'out_of_range';
  },
  consideredResolved: ({ consideredResolved: r }) => (r === undefined ? 'missing' : null),
  duplicateOf: ({ duplicateOf: k }, { issueKey }) => {
    if (blank(k) || k === undefined) return 'missing';
    if (!ISSUE_KEY.test(k)) return 'bad_format';
    return k === issueKey ? 'same_complaint' : null;
  },
  department: ({ department: d }, { departmentIds }) => {
    if (blank(d) || d === undefined) return 'missing';
    return departmentIds.includes(d) ? null : 'unknown_department';
  },
  compensation: ({ compensation: c }) => {
    if (c === undefined) return 'missing';
    return Number.isFinite(c) && c >= 0 ? null : 'out_of_range';
  },
};

export const checkInput = (name: RequiredInput, input: ActionInput, ctx: InputContext): InputProblem | null =>
  CHECKS[name](input, ctx);
