import { isRecord } from '../json-value';
import { fieldErrors } from '../http/jira-error';
import type { StoredFields } from '../store/issue-store';
import { allFields, isArrayKind, type FieldDefinition } from './field-catalog';
import { parseFieldInput, type FieldInputContext } from './field-input';

/** The `fields` and `update` parts of a create, edit or transition body. */
export interface EditBody {
  readonly fields?: unknown;
  readonly update?: unknown;
}

const cannotSet = (fieldId: string): string =>
  `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

/**
 * Reads a body's `fields` and `update` (set, add, remove) into stored values, checked field by
 * field; any bad field rejects the whole request with Jira's per-field messages.
 * `current` supplies the values that `add` and `remove` start from.
 */
export function parseEditBody(
  ctx: FieldInputContext,
  body: EditBody,
  mode: 'create' | 'edit',
  current: StoredFields,
  skip: ReadonlySet<string> = new Set(),
): StoredFields {
  const definitions = new Map(allFields(ctx.site.customFields.all()).map((def) => [def.id, def]));
  const changes: Record<string, unknown> = {};
  const errors: Record<string, string> = {};

  // A custom field exists for an issue only where one of its contexts applies to the project and type.
  const inContext = (def: FieldDefinition): boolean =>
    !def.custom || ctx.site.fieldContexts.applicable(def.id, ctx.project.id, ctx.issueTypeId) !== null;
  const settable = (fieldId: string): FieldDefinition | null => {
    const def = definitions.get(fieldId);
    if (def === undefined || def.settable === 'never' || (def.settable === 'create' && mode === 'edit') || !inContext(def)) {
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
      const base = (changes[fieldId] ?? current[fieldId] ?? []) as unknown[];
      changes[fieldId] = verb === 'add' ? (base.includes(element) ? base : [...base, element]) : base.filter((item) => item !== element);
    }
  }

  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return changes;
}
