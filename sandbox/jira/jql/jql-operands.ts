import { leaves, type JqlOperand } from './jql-ast';
import { parseDateLiteral, resolveDateLiteral, type Clock } from './jql-dates';
import type { FieldSpec } from './jql-fields';
import { evaluateFunction } from './jql-functions';

/** One value an operand stands for, once functions and dates are resolved against the search's clock. */
export type Atom =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'user'; readonly accountId: string }
  | { readonly kind: 'instant'; readonly ms: number };

export type SearchClock = Clock & { readonly currentAccountId: string | null };

/** The values of a checked operand for `field`; `currentUser()` of an anonymous searcher stands for nothing. */
export function resolveOperand(operand: JqlOperand, field: FieldSpec, clock: SearchClock): Atom[] {
  return leaves(operand).flatMap((leaf): Atom[] => {
    switch (leaf.kind) {
      case 'empty':
        return [{ kind: 'empty' }];
      case 'function': {
        const value = evaluateFunction(leaf.name, leaf.args, clock);
        return value === null ? [] : [value];
      }
      case 'number':
        // A date field reads a bare number as milliseconds since the epoch, as Jira does.
        return [field.kind === 'date' ? { kind: 'instant', ms: Number(leaf.value) } : { kind: 'number', text: leaf.value }];
      case 'value':
        return [textAtom(leaf.value, field, clock)];
    }
  });
}

function textAtom(text: string, field: FieldSpec, clock: SearchClock): Atom {
  if (field.kind === 'date') {
    const literal = parseDateLiteral(text);
    if (literal === null) throw new Error(`Unchecked JQL date '${text}'`);
    return { kind: 'instant', ms: resolveDateLiteral(literal, clock) };
  }
  // `resolution = Unresolved` is Jira's spelling of "no resolution".
  if (field.kind === 'resolution' && text.toLowerCase() === 'unresolved') return { kind: 'empty' };
  return { kind: 'text', text };
}
