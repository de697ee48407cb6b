/**
 * The types of the emulator's Jira-expression subset, as Jira's type checker sees them: the Jira
 * types the context variables expose (User, Issue, …) with their properties and methods, and the
 * built-in types (String, List, Date, CalendarDate, Map). The type checker refuses any member a
 * type does not list here, a property called as a method and a method read as a property; the
 * evaluator refuses the same at run time for values whose type only shows then. Every Jira object
 * the emulator builds (`JiraObject`) must keep to its type's entry.
 */

export type JiraTypeName =
  | 'Issue'
  | 'User'
  | 'Project'
  | 'IssueStatus'
  | 'StatusCategory'
  | 'IssueType'
  | 'IssuePriority'
  | 'Resolution'
  | 'Component'
  | 'RichText'
  | 'Transition'
  | 'Workflow';

export type SimpleTypeKind = 'Any' | 'Null' | 'Boolean' | 'Number' | 'String' | 'Date' | 'CalendarDate' | 'Map' | 'Function';

/**
 * A static type. `Any` is a value whose type shows only at run time: a custom field (as REST
 * writes it) or an entry of a Map (JSON). `Null` is the type of the literal `null`.
 */
export type StaticType =
  | { readonly kind: SimpleTypeKind }
  | { readonly kind: 'List'; readonly item: StaticType }
  | {
      readonly kind: 'Object';
      readonly name: JiraTypeName;
      /** The properties of the very object, when the checker has it (a context variable): its custom fields. */
      readonly own?: ReadonlySet<string>;
    };

const simple = (kind: SimpleTypeKind): StaticType => ({ kind });

export const T = {
  any: simple('Any'),
  null: simple('Null'),
  boolean: simple('Boolean'),
  number: simple('Number'),
  string: simple('String'),
  date: simple('Date'),
  calendarDate: simple('CalendarDate'),
  map: simple('Map'),
  function: simple('Function'),
  list: (item: StaticType): StaticType => ({ kind: 'List', item }),
  object: (name: JiraTypeName): StaticType => ({ kind: 'Object', name }),
} as const;

/** How a method takes its arguments. */
export type MethodSignature =
  | { readonly kind: 'plain'; readonly params: readonly StaticType[]; readonly returns: StaticType }
  /** One arrow function from the list's item to a Boolean (`some`, `every`, `filter`). */
  | { readonly kind: 'predicate'; readonly returns: StaticType }
  /** One arrow function from the list's item to anything; a List of its results (`map`). */
  | { readonly kind: 'mapper' };

export interface Members {
  readonly properties: Readonly<Record<string, StaticType>>;
  readonly methods: Readonly<Record<string, MethodSignature>>;
  /** Properties named by a pattern rather than listed (an issue's custom fields); their type shows at run time. */
  readonly pattern?: RegExp;
}

const plain = (params: readonly StaticType[], returns: StaticType): MethodSignature => ({ kind: 'plain', params, returns });
const idAndName: Members = { properties: { id: T.number, name: T.string }, methods: {} };

/** The Jira types of the subset, with what the emulator's objects carry (`workflows/expression-objects.ts`). */
export const JIRA_TYPES: Readonly<Record<JiraTypeName, Members>> = {
  Issue: {
    properties: {
      id: T.number,
      key: T.string,
      summary: T.string,
      description: T.object('RichText'),
      status: T.object('IssueStatus'),
      issueType: T.object('IssueType'),
      priority: T.object('IssuePriority'),
      resolution: T.object('Resolution'),
      assignee: T.object('User'),
      reporter: T.object('User'),
      creator: T.object('User'),
      project: T.object('Project'),
      created: T.date,
      updated: T.date,
      dueDate: T.calendarDate,
      resolutionDate: T.date,
      labels: T.list(T.string),
      components: T.list(T.object('Component')),
      properties: T.map,
    },
    methods: {},
    pattern: /^customfield_\d+$/,
  },
  // `groups` is a property, a List of the names of the user's groups: `user.groups.includes('x')`.
  User: { properties: { accountId: T.string, displayName: T.string, accountType: T.string, timeZone: T.string, groups: T.list(T.string) }, methods: {} },
  Project: { properties: { id: T.number, key: T.string, name: T.string, projectTypeKey: T.string }, methods: {} },
  IssueStatus: { properties: { id: T.number, name: T.string, category: T.object('StatusCategory') }, methods: {} },
  StatusCategory: { properties: { id: T.string, key: T.string, name: T.string }, methods: {} },
  IssueType: idAndName,
  IssuePriority: idAndName,
  Resolution: idAndName,
  Component: idAndName,
  RichText: { properties: { plainText: T.string }, methods: {} },
  Transition: {
    properties: { id: T.number, name: T.string, from: T.object('IssueStatus'), to: T.object('IssueStatus'), hasScreen: T.boolean },
    methods: {},
  },
  Workflow: { properties: { id: T.string, name: T.string }, methods: {} },
};

const NONE: Members = { properties: {}, methods: {} };

/** The members of a type; a Map's entries are not members (any key reads, as JSON). */
export function membersOf(type: StaticType): Members {
  switch (type.kind) {
    case 'Object':
      return JIRA_TYPES[type.name];
    case 'String':
      return {
        properties: { length: T.number },
        methods: {
          trim: plain([], T.string),
          toLowerCase: plain([], T.string),
          toUpperCase: plain([], T.string),
          includes: plain([T.string], T.boolean),
          startsWith: plain([T.string], T.boolean),
          endsWith: plain([T.string], T.boolean),
        },
      };
    case 'List':
      return {
        properties: { length: T.number },
        methods: {
          includes: plain([type.item], T.boolean),
          some: { kind: 'predicate', returns: T.boolean },
          every: { kind: 'predicate', returns: T.boolean },
          filter: { kind: 'predicate', returns: type },
          map: { kind: 'mapper' },
        },
      };
    case 'Date':
      return { properties: {}, methods: { getTime: plain([], T.number), toCalendarDate: plain([], T.calendarDate), toCalendarDateUTC: plain([], T.calendarDate) } };
    case 'CalendarDate':
      return { properties: {}, methods: { toString: plain([], T.string) } };
    default:
      return NONE;
  }
}

/** What a name is on a type: one of its properties, one of its methods, or nothing it has. */
export function memberKind(type: StaticType, name: string): 'property' | 'method' | 'unknown' {
  const members = membersOf(type);
  if (Object.hasOwn(members.properties, name)) return 'property';
  if (Object.hasOwn(members.methods, name)) return 'method';
  if (members.pattern?.test(name) === true && (type.kind !== 'Object' || type.own === undefined || type.own.has(name))) return 'property';
  return 'unknown';
}

/** A type as messages name it: `List<String>`, `User`. */
export function typeName(type: StaticType): string {
  switch (type.kind) {
    case 'List':
      return `List<${typeName(type.item)}>`;
    case 'Object':
      return type.name;
    case 'Null':
      return 'null';
    default:
      return type.kind;
  }
}
