import { isRecord } from '../json-value';
import { fieldErrors } from '../http/jira-error';
import type { StoredFields } from '../store/issue-store';
import { allFields, isArrayKind, type FieldDefinition } from './field-catalog';
import { parseFieldInput, type FieldInputContext } from './field-input';
import { appliesIn, writableIn } from './screen-fields';

/** The `fields` and `update` parts of a create, edit or transition body. */
export interface EditBody {
  readonly fields?: unknown;
  readonly update?: unknown;
}

/** What a request may set: the mode, the screen it goes through, and where `add` and `remove` start. */
export interface EditRules {
  readonly mode: 'create' | 'edit';
  /** The fields of the create, edit or transition screen; Jira refuses any other field. */
  readonly screen: ReadonlySet<string>;
  /** The values that `add` and `remove` start from. */
  readonly current: StoredFields;
  /** Fields the route reads itself, such as the project and issue type of a new issue. */
  readonly skip?: ReadonlySet<string>;
}

/** Jira's answer for a field that is off the screen, unknown, read-only or out of its context. */
export const cannotSet = (fieldId: string): string =>
  `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

/**
 * Reads a body's `fields` and `update` (set, add, remove) into stored values, checked field by
 * field; any bad field rejects the whole request with Jira's per-field messages.
 */
export function parseEditBody(ctx: FieldInputContext, body: EditBody, rules: EditRules): StoredFields {
  const definitions = new Map(allFields(ctx.site.customFields.all()).map((def) => [def.id, def]));
  const changes: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const skip = rules.skip ?? new Set<string>();

  const settable = (fieldId: string): FieldDefinition | null => {
    const def = definitions.get(fieldId);
    if (def === undefined || !rules.screen.has(fieldId) || !writableIn(def, rules.mode) || !appliesIn(ctx.site, def, ctx)) {
      errors[fieldId] = cannotSet(fieldId);
      return null;
    }
    return def;
  };
  const set = (def: FieldDefinition, input: unknown): void => {
    const parsed = parseFieldInput(def, input, ctx);
    if (parsed.ok) changes[def.id] = parsed.value;
    else errors[def.id] = parsed.message;
  };

  if (body.fields !== undefined && !isRecord(body.fields)) throw fieldErrors({ fields: 'Field values must be an object.' });
  for (const [fieldId, input] of Object.entries(body.fields ?? {})) {
    if (skip.has(fieldId)) continue;
    const def = settable(fieldId);
    if (def !== null) set(def, input);
  }

  if (body.update !== undefined && !isRecord(body.update)) throw fieldErrors({ update: 'Update operations must be an object.' });
  for (const [fieldId, operations] of Object.entries(body.update ?? {})) {
    const def = settable(fieldId);
    if (def === null) continue;
    if (!Array.isArray(operations)) {
      errors[fieldId] = 'Update operations must be an array.';
      continue;
    }
    for (const operation of operations) {
      if (!isRecord(operation)) {
        errors[fieldId] = 'Update operation must be an object.';
        continue;
      }
      if ('set' in operation) {
        set(def, operation.set);
        continue;
      }
      const verb = 'add' in operation ? 'add' : 'remove' in operation ? 'remove' : null;
      if (verb === null || !isArrayKind(def.kind)) {
        errors[fieldId] = `Field '${fieldId}' does not support this update operation.`;
        continue;
      }
      const parsed = parseFieldInput(def, [operation[verb]], ctx);
      if (!parsed.ok) {
        errors[fieldId] = parsed.message;
        continue;
      }
      const [element] = parsed.value as unknown[];
      const base = (changes[fieldId] ?? rules.current[fieldId] ?? []) as unknown[];
      changes[fieldId] = verb === 'add' ? (base.includes(element) ? base : [...base, element]) : base.filter((item) => item !== element);
    }
  }

  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return changes;
}
