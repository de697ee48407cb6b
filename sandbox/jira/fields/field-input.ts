import { isRecord, scalarText } from '../json-value';
import type { JiraSite } from '../jira-site';
import type { ProjectRecord } from '../store/project-store';
import { isAdfDocument, textToAdf } from './adf';
import { isArrayKind, type FieldDefinition } from './field-catalog';

export interface FieldInputContext {
  readonly site: JiraSite;
  readonly apiVersion: 2 | 3;
  readonly project: ProjectRecord;
  /** The issue's type: with the project it picks the custom fields' contexts. */
  readonly issueTypeId: string;
}

export type ParsedInput = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const accept = (value: unknown): ParsedInput => ({ ok: true, value });
const reject = (message: string): ParsedInput => ({ ok: false, message });

const stringProp = (value: unknown, name: string): string | undefined => {
  if (!isRecord(value)) return undefined;
  const prop = value[name];
  if (typeof prop === 'string') return prop;
  return typeof prop === 'number' ? String(prop) : undefined;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_STRING = 255;

function parseUser(input: unknown, def: FieldDefinition, ctx: FieldInputContext): ParsedInput {
  const accountId = stringProp(input, 'accountId') ?? stringProp(input, 'id');
  const user = accountId === undefined ? null : ctx.site.users.byAccountId(accountId);
  if (user === null) return reject('Specified user does not exist or you do not have required permissions');
  if (def.id === 'assignee' && !ctx.site.permissions.userHasProject(user.accountId, ctx.project, 'ASSIGNABLE_USER')) {
    return reject(`User '${user.displayName}' cannot be assigned issues.`);
  }
  return accept(user.accountId);
}

function parseOption(input: unknown, def: FieldDefinition, ctx: FieldInputContext): ParsedInput {
  const context = ctx.site.fieldContexts.applicable(def.id, ctx.project.id, ctx.issueTypeId);
  const options = context === null ? [] : ctx.site.customFields.optionsOfContext(context.id).filter((option) => !option.disabled);
  const id = stringProp(input, 'id');
  const value = stringProp(input, 'value');
  const option = options.find((candidate) => (id !== undefined ? candidate.id === id : candidate.value === value));
  if (option !== undefined) return accept(option.id);
  return reject(id !== undefined ? `Option id '${id}' is not valid` : `Option value '${value ?? ''}' is not valid`);
}

function parseComponent(input: unknown, ctx: FieldInputContext): ParsedInput {
  const components = ctx.site.projects.components(ctx.project.id);
  const id = stringProp(input, 'id');
  const name = stringProp(input, 'name');
  const component = components.find((candidate) => (id !== undefined ? candidate.id === id : candidate.name === name));
  if (component !== undefined) return accept(component.id);
  return reject(id !== undefined ? `Component with id '${id}' does not exist.` : `Component name '${name ?? ''}' is not valid`);
}

/** Parses each element of an array input with `parseOne`; the first bad element rejects the whole. */
function parseArray(input: unknown, parseOne: (element: unknown) => ParsedInput): ParsedInput {
  if (!Array.isArray(input)) return reject('data was not an array');
  const values: unknown[] = [];
  for (const element of input) {
    const parsed = parseOne(element);
    if (!parsed.ok) return parsed;
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return accept(values);
}

function parseLabel(input: unknown): ParsedInput {
  if (typeof input !== 'string' || input === '') return reject('Label must be a non-empty string.');
  return /\s/.test(input) ? reject(`The label '${input}' contains spaces which is invalid.`) : accept(input);
}

/**
 * Turns a value from a request's `fields` into the stored value, with Jira's messages for bad
 * input. `null` clears a field unless the field is required.
 */
export function parseFieldInput(def: FieldDefinition, input: unknown, ctx: FieldInputContext): ParsedInput {
  if (input === null) {
    return def.id === 'summary' ? reject('You must specify a summary of the issue.') : accept(isArrayKind(def.kind) ? [] : null);
  }
  switch (def.kind) {
    case 'string':
      if (typeof input !== 'string') return reject(`Operation value must be a string`);
      if (def.id === 'summary' && input.trim() === '') return reject('You must specify a summary of the issue.');
      return input.length > MAX_STRING ? reject(`${def.name} must be less than ${MAX_STRING} characters.`) : accept(input);
    case 'text':
      if (ctx.apiVersion === 2) return typeof input === 'string' ? accept(textToAdf(input)) : reject('Operation value must be a string');
      return isAdfDocument(input)
        ? accept(input)
        : reject('Operation value must be an Atlassian Document (see the Atlassian Document Format)');
    case 'number':
      return typeof input === 'number' && Number.isFinite(input) ? accept(input) : reject('Operation value must be a number');
    case 'date':
      return typeof input === 'string' && ISO_DATE.test(input) && !Number.isNaN(Date.parse(input))
        ? accept(input)
        : reject(`Error parsing date string: ${scalarText(input)}`);
    case 'datetime': {
      const epochMs = typeof input === 'string' ? Date.parse(input) : Number.NaN;
      return Number.isNaN(epochMs) ? reject(`Error parsing date string: ${scalarText(input)}`) : accept(epochMs);
    }
    case 'user':
      return parseUser(input, def, ctx);
    case 'users':
      return parseArray(input, (element) => parseUser(element, def, ctx));
    case 'option':
      return parseOption(input, def, ctx);
    case 'options':
      return parseArray(input, (element) => parseOption(element, def, ctx));
    case 'labels':
      return parseArray(input, parseLabel);
    case 'components':
      return parseArray(input, (element) => parseComponent(element, ctx));
    case 'priority': {
      const id = stringProp(input, 'id');
      const name = stringProp(input, 'name');
      const priority = ctx.site.catalog.priorities().find((p) => (id !== undefined ? p.id === id : p.name === name));
      return priority === undefined ? reject(`Specify a valid 'id' or 'name' for Priority`) : accept(priority.id);
    }
    case 'resolution': {
      const id = stringProp(input, 'id');
      const name = stringProp(input, 'name');
      const resolution = ctx.site.catalog.resolutions().find((r) => (id !== undefined ? r.id === id : r.name === name));
      return resolution === undefined ? reject(`Resolution '${id ?? name ?? ''}' does not exist.`) : accept(resolution.id);
    }
    case 'issuetype':
    case 'status':
    case 'project':
    case 'requesttype':
    case 'issuelinks':
    case 'comment':
      return reject(`Field '${def.id}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
}
