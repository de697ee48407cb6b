import type { CustomFieldRecord, ForgeValueType } from '../store/custom-field-store';

/** How a field's value is read, stored, rendered and logged; one kind per value shape. */
export type FieldKind =
  | 'string'
  | 'text'
  | 'number'
  | 'date'
  | 'datetime'
  | 'user'
  | 'users'
  | 'option'
  | 'options'
  | 'labels'
  | 'components'
  | 'priority'
  | 'resolution'
  | 'issuetype'
  | 'status'
  | 'project'
  | 'requesttype'
  | 'issuelinks'
  | 'comment';

const ARRAY_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['users', 'options', 'labels', 'components']);

/** Kinds whose value is a list, which `add` and `remove` update and `null` empties. */
export const isArrayKind = (kind: FieldKind): boolean => ARRAY_KINDS.has(kind);

export interface FieldSchemaJson {
  readonly type: string;
  readonly items?: string;
  readonly system?: string;
  readonly custom?: string;
  readonly customId?: number;
}

export interface FieldDefinition {
  readonly id: string;
  readonly name: string;
  readonly custom: boolean;
  readonly kind: FieldKind;
  /** `create`: only when the issue is created; `never`: Jira maintains it. */
  readonly settable: 'always' | 'create' | 'never';
  readonly schema: FieldSchemaJson;
  readonly clauseNames: readonly string[];
}

const system = (
  id: string,
  name: string,
  kind: FieldKind,
  settable: FieldDefinition['settable'],
  schema: Omit<FieldSchemaJson, 'system'>,
  clauseNames: readonly string[] = [id],
): FieldDefinition => ({ id, name, custom: false, kind, settable, schema: { ...schema, system: id }, clauseNames });

/** The system fields the emulator keeps, with Jira's ids, names and schemas. */
export const SYSTEM_FIELDS: readonly FieldDefinition[] = [
  system('summary', 'Summary', 'string', 'always', { type: 'string' }),
  system('description', 'Description', 'text', 'always', { type: 'string' }),
  system('issuetype', 'Issue Type', 'issuetype', 'create', { type: 'issuetype' }, ['issuetype', 'type']),
  system('project', 'Project', 'project', 'create', { type: 'project' }),
  system('status', 'Status', 'status', 'never', { type: 'status' }),
  system('assignee', 'Assignee', 'user', 'always', { type: 'user' }),
  system('reporter', 'Reporter', 'user', 'always', { type: 'user' }),
  system('creator', 'Creator', 'user', 'never', { type: 'user' }),
  system('priority', 'Priority', 'priority', 'always', { type: 'priority' }),
  system('labels', 'Labels', 'labels', 'always', { type: 'array', items: 'string' }),
  system('components', 'Components', 'components', 'always', { type: 'array', items: 'component' }, ['component']),
  system('duedate', 'Due date', 'date', 'always', { type: 'date' }, ['due', 'duedate']),
  system('resolution', 'Resolution', 'resolution', 'always', { type: 'resolution' }),
  system('resolutiondate', 'Resolved', 'datetime', 'never', { type: 'datetime' }, ['resolutiondate', 'resolved']),
  system('created', 'Created', 'datetime', 'never', { type: 'datetime' }, ['created', 'createdDate']),
  system('updated', 'Updated', 'datetime', 'never', { type: 'datetime' }, ['updated', 'updatedDate']),
  system('statuscategorychangedate', 'Status Category Changed', 'datetime', 'never', { type: 'datetime' }, [
    'statusCategoryChangedDate',
  ]),
  system('issuelinks', 'Linked Issues', 'issuelinks', 'never', { type: 'array', items: 'issuelinks' }, ['issueLink']),
  system('comment', 'Comment', 'comment', 'never', { type: 'comments-page' }),
];

const CUSTOM_TYPE_PREFIX = 'com.atlassian.jira.plugin.system.customfieldtypes:';

/** The custom field types the emulator understands, by Jira's type key. */
const CUSTOM_KINDS: Readonly<Record<string, { kind: FieldKind; schema: Omit<FieldSchemaJson, 'custom' | 'customId'> }>> = {
  [`${CUSTOM_TYPE_PREFIX}textfield`]: { kind: 'string', schema: { type: 'string' } },
  [`${CUSTOM_TYPE_PREFIX}textarea`]: { kind: 'text', schema: { type: 'string' } },
  [`${CUSTOM_TYPE_PREFIX}float`]: { kind: 'number', schema: { type: 'number' } },
  [`${CUSTOM_TYPE_PREFIX}datepicker`]: { kind: 'date', schema: { type: 'date' } },
  [`${CUSTOM_TYPE_PREFIX}datetime`]: { kind: 'datetime', schema: { type: 'datetime' } },
  [`${CUSTOM_TYPE_PREFIX}select`]: { kind: 'option', schema: { type: 'option' } },
  [`${CUSTOM_TYPE_PREFIX}radiobuttons`]: { kind: 'option', schema: { type: 'option' } },
  [`${CUSTOM_TYPE_PREFIX}multiselect`]: { kind: 'options', schema: { type: 'array', items: 'option' } },
  [`${CUSTOM_TYPE_PREFIX}multicheckboxes`]: { kind: 'options', schema: { type: 'array', items: 'option' } },
  [`${CUSTOM_TYPE_PREFIX}userpicker`]: { kind: 'user', schema: { type: 'user' } },
  [`${CUSTOM_TYPE_PREFIX}multiuserpicker`]: { kind: 'users', schema: { type: 'array', items: 'user' } },
  [`${CUSTOM_TYPE_PREFIX}labels`]: { kind: 'labels', schema: { type: 'array', items: 'string' } },
  'com.atlassian.servicedesk:sd-request-participants': { kind: 'users', schema: { type: 'array', items: 'user' } },
  'com.atlassian.servicedesk:vp-origin': { kind: 'requesttype', schema: { type: 'sd-customerrequesttype' } },
};

export const isSupportedCustomFieldType = (typeKey: string): boolean => typeKey in CUSTOM_KINDS;

/** A Forge field's value type; its schema type is the same word. */
const FORGE_KINDS: Readonly<Record<ForgeValueType, FieldKind>> = {
  string: 'string',
  number: 'number',
  user: 'user',
  date: 'date',
  datetime: 'datetime',
};

function kindOf(field: CustomFieldRecord): { kind: FieldKind; schema: Omit<FieldSchemaJson, 'custom' | 'customId'> } {
  if (field.valueType !== null) return { kind: FORGE_KINDS[field.valueType], schema: { type: field.valueType } };
  const type = CUSTOM_KINDS[field.typeKey];
  if (type === undefined) throw new Error(`Unsupported custom field type ${field.typeKey}`);
  return type;
}

// The store hands back the same records until a field is added: each gets its definition once.
const definitions = new WeakMap<CustomFieldRecord, FieldDefinition>();

/** The definition of a stored custom field; its type key was checked when the field was created. */
export function customFieldDefinition(field: CustomFieldRecord): FieldDefinition {
  const known = definitions.get(field);
  if (known !== undefined) return known;
  const definition = defineField(field);
  definitions.set(field, definition);
  return definition;
}

function defineField(field: CustomFieldRecord): FieldDefinition {
  const type = kindOf(field);
  const numericId = Number(field.id.replace('customfield_', ''));
  return {
    id: field.id,
    name: field.name,
    custom: true,
    kind: type.kind,
    // A read-only Forge field is written by its app only, through the app field value API.
    settable: type.kind === 'requesttype' || field.readOnly ? 'never' : 'always',
    schema: { ...type.schema, custom: field.typeKey, customId: numericId },
    clauseNames: [`cf[${numericId}]`, field.name],
  };
}

/** Every field of the site: the system fields, then the custom fields. */
export const allFields = (customFields: readonly CustomFieldRecord[]): FieldDefinition[] => [
  ...SYSTEM_FIELDS,
  ...customFields.map(customFieldDefinition),
];
