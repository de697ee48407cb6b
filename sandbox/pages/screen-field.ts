import { z } from 'zod';
import { textToAdf } from '../jira/fields/adf';

/*
 * A field of a Jira screen as the host pages build forms from it: an entry of create metadata
 * (`fieldId`) or of a transition's `expand=transitions.fields` (keyed by id). The pages read only
 * what Jira's REST answers say, as Jira's own create and transition dialogs do.
 */
const allowedValue = z.object({ id: z.string(), value: z.string().optional(), name: z.string().optional() }).loose();

export const screenFieldMeta = z
  .object({
    name: z.string(),
    key: z.string().optional(),
    required: z.boolean(),
    schema: z.object({ type: z.string(), items: z.string().optional(), system: z.string().optional(), custom: z.string().optional() }).loose(),
    allowedValues: z.array(allowedValue).optional(),
  })
  .loose();

export const createMetaFieldsPage = z.object({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
  fields: z.array(screenFieldMeta.extend({ fieldId: z.string() })),
});

export const createMetaIssueTypesPage = z.object({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
  issueTypes: z.array(z.object({ id: z.string(), name: z.string() }).loose()),
});

export interface ScreenField {
  readonly id: string;
  readonly name: string;
  readonly required: boolean;
  readonly kind: InputKind | null;
  /** The choices of a select: the option, component, priority or resolution ids, with their labels. */
  readonly choices: readonly { readonly id: string; readonly label: string }[];
}

/** How a page asks for a field's value; null for a field the pages cannot edit. */
export type InputKind = 'text' | 'richtext' | 'number' | 'date' | 'datetime' | 'select' | 'multiselect' | 'user' | 'users' | 'labels';

const RICH_TEXT_SYSTEM_FIELDS = new Set(['description', 'environment']);
const TEXTAREA = 'com.atlassian.jira.plugin.system.customfieldtypes:textarea';

/** REST v3 takes rich text (the description, the environment, multi-line text fields) as a document. */
function kindOf(schema: z.infer<typeof screenFieldMeta>['schema']): InputKind | null {
  switch (schema.type) {
    case 'string':
      return (schema.system !== undefined && RICH_TEXT_SYSTEM_FIELDS.has(schema.system)) || schema.custom === TEXTAREA ? 'richtext' : 'text';
    case 'number':
    case 'date':
    case 'datetime':
    case 'user':
      return schema.type;
    case 'option':
    case 'priority':
    case 'resolution':
      return 'select';
    case 'array':
      return schema.items === 'option' || schema.items === 'component' ? 'multiselect' : schema.items === 'user' ? 'users' : schema.items === 'string' ? 'labels' : null;
    default:
      return null;
  }
}

export const screenField = (id: string, meta: z.infer<typeof screenFieldMeta>): ScreenField => ({
  id,
  name: meta.name,
  required: meta.required,
  kind: kindOf(meta.schema),
  choices: (meta.allowedValues ?? []).map((value) => ({ id: value.id, label: value.value ?? value.name ?? value.id })),
});

/** What a form sent for one field: every value of its name, as multiple selects send several. */
export type FormValues = Readonly<Record<string, readonly string[]>>;

export const formValues = (form: URLSearchParams): FormValues => {
  const values: Record<string, string[]> = {};
  for (const [name, value] of form) (values[name] ??= []).push(value);
  return values;
};

/**
 * A field's value in REST v3's shape, from what the form sent; undefined when the form left it
 * empty, so the request does not name the field. A value the page cannot read (a number that is
 * not one) goes as typed, for Jira to refuse.
 */
export function jiraValue(field: ScreenField, sent: readonly string[] = []): unknown {
  const given = sent.map((value) => value.replace(/\r\n/g, '\n')).filter((value) => value.trim() !== '');
  const [first] = given;
  if (first === undefined) return undefined;
  switch (field.kind) {
    case 'text':
    case 'date':
      return first.trim();
    case 'richtext':
      return textToAdf(first);
    case 'number':
      return Number.isFinite(Number(first)) ? Number(first) : first;
    case 'datetime':
      // <input type="datetime-local"> has no zone; the sandbox's times are UTC.
      return `${first}:00.000+0000`;
    case 'select':
      return { id: first };
    case 'multiselect':
      return given.map((id) => ({ id }));
    case 'user':
      return { accountId: first.trim() };
    case 'users':
      return given.flatMap((value) => value.split(',')).map((accountId) => accountId.trim()).filter((accountId) => accountId !== '').map((accountId) => ({ accountId }));
    case 'labels':
      return first.trim().split(/\s+/);
    case null:
      return undefined;
  }
}

/** The `fields` of a create or transition body: every field the form filled in. */
export const jiraFields = (fields: readonly ScreenField[], values: FormValues): Record<string, unknown> =>
  Object.fromEntries(fields.flatMap((field) => {
    const value = jiraValue(field, values[field.id]);
    return value === undefined ? [] : [[field.id, value]];
  }));
