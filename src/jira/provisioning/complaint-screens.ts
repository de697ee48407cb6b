import type { AnyFieldKey, FieldIds } from './complaint-fields';

export const SCREEN_KEYS = ['create', 'startWork', 'markDone', 'close', 'withdraw', 'view'] as const;
export type ScreenKey = (typeof SCREEN_KEYS)[number];

/** A field on a screen: one of the app's fields, or a Jira system field by its id. */
export type ScreenField = { readonly app: AnyFieldKey } | { readonly system: 'summary' | 'description' | 'resolution' };

export interface ScreenSpec {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly ScreenField[];
}

const app = (key: AnyFieldKey): ScreenField => ({ app: key });

const REGISTRATION: readonly ScreenField[] = [
  { system: 'summary' },
  { system: 'description' },
  app('department'),
  app('subjectUser'),
  app('subjectService'),
  app('channel'),
  app('anonymous'),
];

/**
 * The screens of the complaint process. Create and the transition screens show what each step
 * asks for (design.md section 3); Close and the Withdraw/Duplicate screen carry Jira's Resolution,
 * which a transition may only set from its screen. View (also used to edit) shows every field,
 * the app's read-only ones included, because Jira shows a field only where a screen has it.
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
  withdraw: { name: 'Complaint: Withdraw or duplicate', description: 'Closing a complaint without a call.', fields: [{ system: 'resolution' }] },
  view: {
    name: 'Complaint: View',
    description: 'Every field of a complaint.',
    fields: [
      ...REGISTRATION,
      app('measures'),
      app('measuresDeadline'),
      app('actionTaken'),
      app('compensation'),
      app('callNotes'),
      app('satisfaction'),
      app('consideredResolved'),
      app('returns'),
      app('reopens'),
    ],
  },
};

/** The tab that holds a screen's fields. */
export const SCREEN_TAB = 'Complaint';

export const SCREEN_SCHEME = { name: 'Complaint Advocate screens', description: 'Register with one screen, view and edit with another.' } as const;

/** A screen field's Jira id: the app field's `customfield_…`, or the system field's own id. */
export const screenFieldId = (field: ScreenField, ids: FieldIds): string => ('app' in field ? ids[field.app] : field.system);
