import type { Position } from './expression-ast';

/** The text is not in the supported subset, or not an expression at all. */
export class ExpressionSyntaxError extends Error {
  constructor(message: string, at: Position) {
    super(`Jira expression syntax error at line ${at.line}, column ${at.column}: ${message}`);
    this.name = 'ExpressionSyntaxError';
  }
}

/**
 * The expression is past one of Jira's syntactic limits (its length, its number of leaves), which
 * Jira checks before anything else and reports in these words.
 */
export class ExpressionLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionLimitError';
  }
}

/**
 * The expression parsed but Jira's type checker refuses it: a property called as a method, a method
 * read without its call, a member the type does not have, an operand of the wrong type. Jira
 * checks types before it evaluates, so the emulator refuses these whether or not the offending
 * part would run; a value whose type shows only at run time (a custom field, a Map's entry) is
 * checked when it is reached, with the same error.
 */
export class ExpressionTypeError extends Error {
  constructor(message: string, at: Position) {
    super(`Jira expression type error at line ${at.line}, column ${at.column}: ${message}`);
    this.name = 'ExpressionTypeError';
  }
}

/** The expression type-checked but failed while it ran, as Jira's "Evaluation failed" does. */
export class ExpressionEvaluationError extends Error {
  constructor(message: string, at: Position) {
    super(`Jira expression evaluation failed at line ${at.line}, column ${at.column}: ${message}`);
    this.name = 'ExpressionEvaluationError';
  }
}
