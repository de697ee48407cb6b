import type { FieldDefinition } from '../fields/field-catalog';

/** Which fields a response carries, from the `fields` parameter. */
export interface FieldSelection {
  includes(def: FieldDefinition): boolean;
  /** True when no field beyond the id and key was asked for. */
  readonly idOnly: boolean;
}

const tokensOf = (raw: readonly string[]): string[] =>
  raw
    .flatMap((value) => value.split(','))
    .map((token) => token.trim())
    .filter((token) => token !== '');

/** Fields Jira leaves out of `*navigable`: they are only on the issue view. */
const NOT_NAVIGABLE = new Set(['comment']);

/**
 * Jira's `fields` grammar: `*all`, `*navigable`, field ids, and `-id` to leave one out.
 * `id` and `key` are always present, so naming only them selects no field.
 */
export function fieldSelection(raw: readonly string[], fallback: '*all' | 'id'): FieldSelection {
  const tokens = tokensOf(raw);
  const effective = tokens.length === 0 ? [fallback] : tokens;
  const all = effective.includes('*all');
  const navigable = effective.includes('*navigable');
  const named = new Set(effective.filter((token) => !token.startsWith('*') && !token.startsWith('-')));
  const excluded = new Set(effective.filter((token) => token.startsWith('-')).map((token) => token.slice(1)));
  return {
    includes(def) {
      if (excluded.has(def.id)) return false;
      return all || named.has(def.id) || (navigable && !NOT_NAVIGABLE.has(def.id));
    },
    idOnly: !all && !navigable && [...named].every((token) => token === 'id' || token === 'key'),
  };
}
