import { CHANNELS, type Channel } from '../../domain/complaint';
import type { AppConfig } from '../../domain/config/app-config.schema';
import type { RequiredInput } from '../../domain/workflow/complaint-workflow';

/*
 * Which inputs are Jira fields and which are app data.
 *
 * Jira fields (created by Set up project, JQL-searchable, on the screens below): Department,
 * Subject (employee), Subject (service), Channel, Anonymous, Measures, Measures deadline,
 * Action taken, Compensation, Call notes, Reason and Duplicate of. They are what people type on
 * Jira's own screens and what dashboards and filters search for, so the workflow's validators can
 * check them.
 *
 * Reason is one field for every transition that needs one (Return for rework, Reopen, Withdraw,
 * Duplicate): it holds the last reason given, and the changelog of each transition holds each
 * one, which the app copies onto that transition's trail entry. Its validator compares the value
 * with the one before the transition (`originalIssue`), so a second return cannot pass on the
 * first one's reason, and the app never has to clear it. Duplicate of holds the key of the
 * complaint this one duplicates; the app links the two with Jira's Duplicate link.
 *
 * Forge fields (declared as `jira:customField` in manifest.yml, read-only, written only by the
 * app): Responsible, Customer satisfaction, Considered resolved, Returns and Reopens. Forge
 * creates them on install; Set up project only finds them. Responsible is the person routing
 * chose; the workflow's conditions grant power by it (see `role-expressions.ts`).
 *
 * App data: the reason of a re-route goes on the trail, and the customer's contact data of an
 * anonymous complaint stays in the app, shown to advocates only.
 */

const TYPES = 'com.atlassian.jira.plugin.system.customfieldtypes';

export const FIELD_KEYS = [
  'department',
  'subjectUser',
  'subjectService',
  'channel',
  'anonymous',
  'measures',
  'measuresDeadline',
  'actionTaken',
  'compensation',
  'callNotes',
  'reason',
  'duplicateOf',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldSpec {
  readonly name: string;
  readonly description: string;
  /** Jira's custom field type key. */
  readonly type: string;
  /** The searcher that makes the field JQL-searchable. */
  readonly searcherKey: string;
}

const select = { type: `${TYPES}:select`, searcherKey: `${TYPES}:multiselectsearcher` };
const textarea = { type: `${TYPES}:textarea`, searcherKey: `${TYPES}:textsearcher` };
/** One line, up to 255 characters: a plain string in REST and in Jira expressions. */
const textfield = { type: `${TYPES}:textfield`, searcherKey: `${TYPES}:textsearcher` };

export const COMPLAINT_FIELDS: Readonly<Record<FieldKey, FieldSpec>> = {
  department: { name: 'Department', description: 'The department the complaint concerns; it decides who handles it.', ...select },
  subjectUser: {
    name: 'Subject (employee)',
    description: 'The employee the complaint is about, if it is about a person.',
    type: `${TYPES}:userpicker`,
    searcherKey: `${TYPES}:userpickergroupsearcher`,
  },
  subjectService: {
    name: 'Subject (service)',
    description: 'The service the complaint is about, if it is not about a person.',
    ...textfield,
  },
  channel: { name: 'Channel', description: 'How the complaint reached us.', ...select },
  anonymous: { name: 'Anonymous', description: "Yes if the customer's contact data stays with the advocates.", ...select },
  measures: { name: 'Measures', description: 'What the department will do.', ...textarea },
  measuresDeadline: {
    name: 'Measures deadline',
    description: 'When the measures will be done.',
    type: `${TYPES}:datepicker`,
    searcherKey: `${TYPES}:daterange`,
  },
  actionTaken: { name: 'Action taken', description: 'What the department actually did.', ...textarea },
  compensation: {
    name: 'Compensation',
    description: 'Money paid to the customer, in the currency set in Complaint Advocate.',
    type: `${TYPES}:float`,
    searcherKey: `${TYPES}:exactnumber`,
  },
  callNotes: { name: 'Call notes', description: "The advocate's notes of the call with the customer.", ...textarea },
  reason: { name: 'Reason', description: 'Why the complaint was last returned, reopened, withdrawn or closed as a duplicate.', ...textfield },
  duplicateOf: { name: 'Duplicate of', description: 'The key of the complaint this one duplicates.', ...textfield },
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  phone: 'Phone',
  email: 'Email',
  portal: 'Portal',
  in_person: 'In person',
  other: 'Other',
};

export const YES = 'Yes';
export const NO = 'No';

/** The options a select field should offer, in order; null for fields that have none. */
export const fieldOptions = (key: FieldKey, config: Pick<AppConfig, 'departments'>): readonly string[] | null => {
  switch (key) {
    case 'department':
      // The option is the department's name, which people pick from; routing maps it back to the id.
      return config.departments.map((d) => d.name);
    case 'channel':
      return CHANNELS.map((c) => CHANNEL_LABELS[c]);
    case 'anonymous':
      return [YES, NO];
    default:
      return null;
  }
};

/** The context that scopes a field to one project and the Complaint type; options live in it. */
export const fieldContextName = (projectKey: string): string => `Complaint Advocate: ${projectKey}`;

/** The app's read-only Forge fields, by manifest module key. */
export const FORGE_FIELDS = {
  responsible: 'responsible-person',
  satisfaction: 'customer-satisfaction',
  consideredResolved: 'considered-resolved',
  returns: 'return-count',
  reopens: 'reopen-count',
} as const;
export type ForgeFieldKey = keyof typeof FORGE_FIELDS;
export const FORGE_FIELD_KEYS = Object.keys(FORGE_FIELDS) as readonly ForgeFieldKey[];

export type AnyFieldKey = FieldKey | ForgeFieldKey;

/** The Forge fields' names, as manifest.yml's English catalogue gives them. */
const FORGE_FIELD_NAMES: Readonly<Record<ForgeFieldKey, string>> = {
  responsible: 'Responsible',
  satisfaction: 'Customer satisfaction',
  consideredResolved: 'Customer considers it resolved',
  returns: 'Returns for rework',
  reopens: 'Reopens',
};

const isForgeFieldKey = (key: AnyFieldKey): key is ForgeFieldKey => Object.hasOwn(FORGE_FIELDS, key);

/** A field's name as people see it in Jira. */
export const fieldName = (key: AnyFieldKey): string => (isForgeFieldKey(key) ? FORGE_FIELD_NAMES[key] : COMPLAINT_FIELDS[key].name);

/** Jira ids (`customfield_NNNNN`) of every field the workflow and screens refer to. */
export type FieldIds = Readonly<Record<AnyFieldKey, string>>;

/** The field that holds each required input of the workflow table, which the transition's validators check. */
export const INPUT_FIELDS = {
  measures: 'measures',
  measuresDeadline: 'measuresDeadline',
  actionTaken: 'actionTaken',
  satisfaction: 'satisfaction',
  consideredResolved: 'consideredResolved',
  callNotes: 'callNotes',
  reason: 'reason',
  duplicateOf: 'duplicateOf',
  department: 'department',
  compensation: 'compensation',
} as const satisfies Readonly<Record<RequiredInput, AnyFieldKey>>;
