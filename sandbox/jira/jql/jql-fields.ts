import type { JqlOperator } from './jql-ast';

export type FieldKind =
  | 'project' | 'issuetype' | 'status' | 'statusCategory' | 'user' | 'date'
  | 'resolution' | 'key' | 'labels' | 'component' | 'custom';

export interface FieldSpec {
  readonly id: string;
  readonly kind: FieldKind;
  readonly operators: ReadonlySet<JqlOperator>;
  /** Used when ORDER BY names the field without ASC/DESC, as Jira's NavigableField does. */
  readonly defaultDirection: 'asc' | 'desc';
}

const EQUALITY: readonly JqlOperator[] = ['=', '!=', 'in', 'not in'];
const WITH_EMPTY: readonly JqlOperator[] = [...EQUALITY, 'is', 'is not'];
const RELATIONAL: readonly JqlOperator[] = ['>', '>=', '<', '<='];

const spec = (id: string, kind: FieldKind, operators: readonly JqlOperator[], defaultDirection: 'asc' | 'desc'): FieldSpec => ({
  id,
  kind,
  operators: new Set(operators),
  defaultDirection,
});

// Operator sets follow Atlassian's "JQL fields" reference, narrowed to the subset: `~` is never
// offered, and resolution's ordering by rank is left out. Directions are Jira's field defaults.
const SYSTEM_FIELDS: readonly FieldSpec[] = [
  spec('project', 'project', WITH_EMPTY, 'asc'),
  spec('issuetype', 'issuetype', WITH_EMPTY, 'desc'),
  spec('status', 'status', EQUALITY, 'desc'),
  spec('statusCategory', 'statusCategory', EQUALITY, 'asc'),
  spec('assignee', 'user', WITH_EMPTY, 'asc'),
  spec('reporter', 'user', WITH_EMPTY, 'asc'),
  spec('created', 'date', [...WITH_EMPTY, ...RELATIONAL], 'desc'),
  spec('updated', 'date', [...WITH_EMPTY, ...RELATIONAL], 'desc'),
  spec('resolved', 'date', [...WITH_EMPTY, ...RELATIONAL], 'desc'),
  spec('resolution', 'resolution', WITH_EMPTY, 'asc'),
  spec('key', 'key', [...EQUALITY, ...RELATIONAL], 'asc'),
  spec('labels', 'labels', WITH_EMPTY, 'asc'),
  spec('component', 'component', WITH_EMPTY, 'asc'),
];

const BY_ID: ReadonlyMap<string, FieldSpec> = new Map(SYSTEM_FIELDS.map((f) => [f.id, f]));

const ALIASES: ReadonlyMap<string, string> = new Map([
  ['type', 'issuetype'],
  ['statuscategory', 'statusCategory'],
  ['createddate', 'created'],
  ['updateddate', 'updated'],
  ['resolutiondate', 'resolved'],
  ['issuekey', 'key'],
  ['id', 'key'],
  ['issue', 'key'],
  ...SYSTEM_FIELDS.map((f) => [f.id.toLowerCase(), f.id] as const),
]);

const CUSTOM_OPERATORS: readonly JqlOperator[] = [...WITH_EMPTY, ...RELATIONAL];

/** A field name as a query writes it (any case), or `customfield_10001`; undefined when outside the subset. */
export function findField(name: string): FieldSpec | undefined {
  const custom = /^customfield_(\d+)$/i.exec(name);
  if (custom?.[1] !== undefined) return customFieldSpec(BigInt(custom[1]).toString());
  const id = ALIASES.get(name.toLowerCase());
  return id === undefined ? undefined : BY_ID.get(id);
}

/** The spec of `cf[number]`, whichever custom field it is: the emulator decides whether it exists. */
export function customFieldSpec(number: string): FieldSpec {
  return spec(`customfield_${number}`, 'custom', CUSTOM_OPERATORS, 'asc');
}

/** The spec behind a canonical id that the checker produced. */
export function fieldById(id: string): FieldSpec {
  const found = BY_ID.get(id) ?? findField(id);
  if (found === undefined) throw new Error(`No JQL field with id '${id}'`);
  return found;
}
