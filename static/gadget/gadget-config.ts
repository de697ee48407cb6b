import type { MessageKey, MessageParams } from '../shared/i18n/translate';
import { joinList, splitList } from '../shared/split-list';
import { MAX_PERIOD_MONTHS } from '../../src/domain/metrics/metrics-query';

/** What a gadget instance saves with `view.submit` and reads back from `extension.gadgetConfiguration`. */
export interface GadgetConfig {
  readonly projects: readonly string[];
  readonly periodMonths: number;
  /** Department ids; empty means every department. */
  readonly departments: readonly string[];
}

/** The edit form holds raw text until it is parsed; departments are picked, not typed. */
export interface GadgetForm {
  readonly projects: string;
  readonly periodMonths: string;
  readonly departments: readonly string[];
}

export type GadgetField = keyof GadgetConfig;
export interface FieldProblem {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}
export type GadgetProblems = Readonly<Partial<Record<GadgetField, FieldProblem>>>;

export const PERIOD_MONTHS = { min: 1, max: MAX_PERIOD_MONTHS, byDefault: 6 } as const;

// Jira's own rule for project keys: a capital letter, then capitals, digits or underscores.
const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;

/** The one rule set, applied both to what the form produced and to what Jira stored. */
export const problemsOf = (config: GadgetConfig): GadgetProblems => {
  const problems: Partial<Record<GadgetField, FieldProblem>> = {};
  const badKey = config.projects.find((key) => !PROJECT_KEY.test(key));
  if (config.projects.length === 0) problems.projects = { key: 'validation.projects.required' };
  else if (badKey !== undefined) problems.projects = { key: 'validation.projects.invalid', params: { value: badKey } };
  const period = config.periodMonths;
  if (!Number.isInteger(period) || period < PERIOD_MONTHS.min || period > PERIOD_MONTHS.max) {
    problems.periodMonths = { key: 'validation.period.range' };
  }
  return problems;
};

const hasProblems = (problems: GadgetProblems): boolean => Object.keys(problems).length > 0;

export type ParsedGadgetForm =
  | { readonly ok: true; readonly config: GadgetConfig }
  | { readonly ok: false; readonly problems: GadgetProblems };

/** Turns the form's text into a config: keys upper-cased, lists de-duplicated, the period a whole number. */
export const parseGadgetForm = (form: GadgetForm): ParsedGadgetForm => {
  const period = form.periodMonths.trim();
  const config: GadgetConfig = {
    projects: splitList(form.projects.toUpperCase()),
    periodMonths: /^\d+$/.test(period) ? Number(period) : Number.NaN,
    departments: [...new Set(form.departments)],
  };
  const problems = problemsOf(config);
  return hasProblems(problems) ? { ok: false, problems } : { ok: true, config };
};

export const formOf = (config: GadgetConfig | null): GadgetForm => ({
  projects: joinList(config?.projects ?? []),
  periodMonths: String(config?.periodMonths ?? PERIOD_MONTHS.byDefault),
  departments: config?.departments ?? [],
});

const isStringArray = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The saved config, or null when the gadget was never configured or what is stored no longer passes the rules. */
export const readGadgetConfig = (stored: unknown): GadgetConfig | null => {
  if (typeof stored !== 'object' || stored === null) return null;
  const { projects, periodMonths, departments } = stored as Readonly<Record<string, unknown>>;
  // Hosts may hand numbers back as strings, so a numeric string is accepted too.
  const period = typeof periodMonths === 'string' && /^\d+$/.test(periodMonths) ? Number(periodMonths) : periodMonths;
  if (!isStringArray(projects) || !isStringArray(departments) || typeof period !== 'number') return null;
  const config: GadgetConfig = { projects, periodMonths: period, departments };
  return hasProblems(problemsOf(config)) ? null : config;
};
