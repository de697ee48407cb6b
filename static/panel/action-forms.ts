import type { PanelAction } from '../../src/contracts/panel-view';
import type { FieldIssue } from '../../src/contracts/resolver-contracts';
import type { Call } from '../shared/create-call';

/** Every field a panel form has, named as its resolver request names it, so server errors land on it. */
export type FieldName =
  | 'measures'
  | 'measuresDeadline'
  | 'shareMeasures'
  | 'actionTaken'
  | 'compensation'
  | 'satisfaction'
  | 'consideredResolved'
  | 'callNotes'
  | 'reason'
  | 'duplicateOf'
  | 'departmentId'
  | 'accountId';

export type FieldKind = 'checkbox' | 'textarea' | 'text' | 'date' | 'money' | 'satisfaction' | 'yesno' | 'department' | 'person';

export interface FieldSpec {
  readonly name: FieldName;
  readonly kind: FieldKind;
  readonly required: boolean;
}

/** A ticked checkbox's value; an unticked one is empty. */
export const CHECKED = 'yes';

/** What a form holds: every value as the control shows it; empty means not given. */
export type FormValues = Partial<Record<FieldName, string>>;

const field = (name: FieldName, kind: FieldKind, required = true): FieldSpec => ({ name, kind, required });
const REASON = [field('reason', 'textarea')];
// Measures stay internal unless the lead ticks the box: only then does the customer's portal show them.
const MEASURES = [field('measures', 'textarea'), field('measuresDeadline', 'date'), field('shareMeasures', 'checkbox', false)];

/** The fields of each action's form, in the order shown (design.md section 3); Nudge only asks to confirm. */
export const ACTION_FIELDS: Readonly<Record<PanelAction, readonly FieldSpec[]>> = {
  start_work: MEASURES,
  revise_measures: MEASURES,
  mark_done: [field('actionTaken', 'textarea'), field('compensation', 'money', false)],
  close: [
    field('satisfaction', 'satisfaction'),
    field('consideredResolved', 'yesno'),
    field('callNotes', 'textarea'),
    field('compensation', 'money', false),
  ],
  return_for_rework: REASON,
  reopen: REASON,
  withdraw: REASON,
  mark_duplicate: [field('duplicateOf', 'text'), ...REASON],
  reroute: [field('departmentId', 'department'), field('accountId', 'person', false), ...REASON],
  nudge: [],
  open_follow_up: REASON,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

const textOf = (values: FormValues, name: FieldName): string => values[name]?.trim() ?? '';

/** An optional amount: undefined when empty, NaN when it is not a number of zero or more. */
const moneyOf = (values: FormValues): number | undefined => {
  const text = textOf(values, 'compensation');
  if (text === '') return undefined;
  const amount = Number(text.replace(',', '.'));
  return Number.isFinite(amount) && amount >= 0 ? amount : Number.NaN;
};

const problemOf = (spec: FieldSpec, values: FormValues, today: string): string | null => {
  const text = textOf(values, spec.name);
  if (text === '') return spec.required ? 'missing' : null;
  if (spec.kind === 'date') return !DAY.test(text) ? 'bad_format' : text < today ? 'deadline_in_past' : null;
  if (spec.kind === 'money') return Number.isNaN(moneyOf(values)) ? 'bad_format' : null;
  if (spec.kind === 'satisfaction') return /^[1-5]$/.test(text) ? null : 'out_of_range';
  if (spec.name === 'duplicateOf') return ISSUE_KEY.test(text.toUpperCase()) ? null : 'bad_format';
  return null;
};

/** The checks the browser can make before calling: the same problem codes the resolvers answer with. */
export const checkForm = (action: PanelAction, values: FormValues, today: string): FieldIssue[] =>
  ACTION_FIELDS[action].flatMap((spec) => {
    const message = problemOf(spec, values, today);
    return message === null ? [] : [{ path: spec.name, message }];
  });

const withMoney = (values: FormValues): { compensation?: number } => {
  const amount = moneyOf(values);
  return amount === undefined ? {} : { compensation: amount };
};

/** Calls the action's resolver key; answers the key of a complaint the action created, which the success message names. */
export const submitAction = async (call: Call, action: PanelAction, values: FormValues): Promise<string | null> => {
  const text = (name: FieldName) => textOf(values, name);
  const reason = { reason: text('reason') };
  // Sent only when ticked, so an unticked form asks exactly what it asked before the portal existed.
  const measures = { measures: text('measures'), measuresDeadline: text('measuresDeadline'), ...(text('shareMeasures') === CHECKED ? { shareMeasures: true } : {}) };
  switch (action) {
    case 'start_work':
      await call('complaint/start-work', measures);
      return null;
    case 'revise_measures':
      await call('complaint/revise-measures', measures);
      return null;
    case 'mark_done':
      await call('complaint/mark-done', { actionTaken: text('actionTaken'), ...withMoney(values) });
      return null;
    case 'close':
      await call('complaint/close', {
        satisfaction: Number(text('satisfaction')),
        consideredResolved: text('consideredResolved') === 'yes',
        callNotes: text('callNotes'),
        ...withMoney(values),
      });
      return null;
    case 'return_for_rework':
      await call('complaint/return', reason);
      return null;
    case 'reopen':
      await call('complaint/reopen', reason);
      return null;
    case 'withdraw':
      await call('complaint/withdraw', reason);
      return null;
    case 'mark_duplicate':
      await call('complaint/mark-duplicate', { ...reason, duplicateOf: text('duplicateOf').toUpperCase() });
      return null;
    case 'reroute': {
      const accountId = text('accountId');
      await call('complaint/reroute', { departmentId: text('departmentId'), ...reason, ...(accountId === '' ? {} : { accountId }) });
      return null;
    }
    case 'nudge':
      await call('complaint/nudge', {});
      return null;
    case 'open_follow_up':
      return (await call('complaint/open-follow-up', reason)).issueKey;
  }
};
