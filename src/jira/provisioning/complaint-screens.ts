import type { AnyFieldKey, FieldIds } from './complaint-fields';

export const SCREEN_KEYS = ['create', 'startWork', 'markDone', 'close', 'reason', 'withdraw', 'duplicate', 'view', 'edit'] as const;
export type ScreenKey = (typeof SCREEN_KEYS)[number];

/** A field on a screen: one of the app's fields, or a Jira system field by its id. */
export type ScreenField = { readonly app: AnyFieldKey } | { readonly system: 'summary' | 'description' | 'reporter' | 'resolution' };

export interface ScreenSpec {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly ScreenField[];
}

const app = (key: AnyFieldKey): ScreenField => ({ app: key });

/**
 * The Register screen. Reporter is on it because Jira sets a reporter on create only from the
 * create screen (and for someone holding Modify Reporter): agents registering a phone complaint
 * on behalf of a customer need it, and so does the app's follow-up complaint, which keeps the
 * customer of the complaint it follows.
 */
const REGISTRATION: readonly ScreenField[] = [
  { system: 'summary' },
  { system: 'reporter' },
  { system: 'description' },
  app('department'),
  app('subjectUser'),
  app('subjectService'),
  app('channel'),
  app('anonymous'),
];

/**
 * The screens of the complaint process. Create and the transition screens show what each step
 * asks for (design.md section 3); Close, Withdraw and Duplicate carry Jira's Resolution, which a
 * transition may only set from its screen. View shows every field, the app's read-only ones
 * included, because Jira shows a field only where a screen has it. Edit leaves out what is set
 * on create, on its transition's screen or by the app (Department, both Subjects, Measures
 * deadline, Compensation, Call notes, Reason, Duplicate of, and the app's own fields): a change
 * of department goes through the advocate's re-route, which the trail records.
 */
export const COMPLAINT_SCREENS: Readonly<Record<ScreenKey, ScreenSpec>> = {
  create: { name: 'Complaint: Register', description: 'Registering a complaint.', fields: REGISTRATION },
  startWork: { name: 'Complaint: Start work', description: 'The lead commits to measures and a deadline.', fields: [app('measures'), app('measuresDeadline')] },
  markDone: { name: 'Complaint: Mark done', description: 'The lead reports what was done.', fields: [app('actionTaken'), app('compensation')] },
  close: {
    name: 'Complaint: Close',
    description: 'The advocate closes the complaint after calling the customer.',
    fields: [app('callNotes'), app('compensation'), { system: 'resolution' }],
  },
  reason: { name: 'Complaint: Return or reopen', description: 'The advocate says why the complaint goes back to work.', fields: [app('reason')] },
  withdraw: { name: 'Complaint: Withdraw', description: 'Closing a complaint without a call.', fields: [{ system: 'resolution' }, app('reason')] },
  duplicate: {
    name: 'Complaint: Duplicate',
    description: 'Closing a complaint that another one already covers.',
    fields: [{ system: 'resolution' }, app('reason'), app('duplicateOf')],
  },
  view: {
    name: 'Complaint: View',
    description: 'Every field of a complaint.',
    fields: [
      ...REGISTRATION,
      app('responsible'),
      app('measures'),
      app('measuresDeadline'),
      app('actionTaken'),
      app('compensation'),
      app('callNotes'),
      app('satisfaction'),
      app('consideredResolved'),
      app('returns'),
      app('reopens'),
      app('reason'),
      app('duplicateOf'),
    ],
  },
  edit: {
    name: 'Complaint: Edit',
    description: 'What may change on a complaint outside its workflow steps.',
    fields: [{ system: 'summary' }, { system: 'description' }, app('channel'), app('anonymous'), app('measures'), app('actionTaken')],
  },
};

/** The tab that holds a screen's fields. */
export const SCREEN_TAB = 'Complaint';

export const SCREEN_SCHEME = { name: 'Complaint Advocate screens', description: 'Register, view and edit a complaint, each with its own screen.' } as const;

/** A screen field's Jira id: the app field's `customfield_…`, or the system field's own id. */
export const screenFieldId = (field: ScreenField, ids: FieldIds): string => ('app' in field ? ids[field.app] : field.system);
