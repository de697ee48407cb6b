import { ExpressionLimitError } from './expression-error';
import type { Token } from './expression-tokenizer';

/**
 * Jira's syntactic limits on one expression, as its REST API documents them in the answer of
 * `POST /rest/api/3/expression/analyse`: "Jira expression is too long (1040), limit: 1000
 * characters" and "Jira expression has too many nodes (150), limit: 100 leaves". A Forge
 * workflow condition or validator is one expression, so it is held to them too.
 */
export const EXPRESSION_LIMITS = { characters: 1000, leaves: 100 } as const;

export interface ExpressionSize {
  readonly characters: number;
  /**
   * Every name and literal: variables, property and method names, strings, numbers, `true`,
   * `false`, `null` (not the keyword `new`). Jira does not say what it counts as a leaf; counting
   * member names too is the narrower reading, so what fits here fits on Jira.
   */
  readonly leaves: number;
}

export const sizeOf = (text: string, tokens: readonly Token[]): ExpressionSize => ({
  characters: text.length,
  leaves: tokens.filter((t) => t.kind === 'number' || t.kind === 'string' || (t.kind === 'identifier' && t.text !== 'new')).length,
});

/** Throws ExpressionLimitError, in Jira's words, for an expression past a limit. */
export function checkLimits(size: ExpressionSize): void {
  if (size.characters > EXPRESSION_LIMITS.characters) {
    throw new ExpressionLimitError(`Jira expression is too long (${size.characters}), limit: ${EXPRESSION_LIMITS.characters} characters`);
  }
  if (size.leaves > EXPRESSION_LIMITS.leaves) {
    throw new ExpressionLimitError(`Jira expression has too many nodes (${size.leaves}), limit: ${EXPRESSION_LIMITS.leaves} leaves`);
  }
}
