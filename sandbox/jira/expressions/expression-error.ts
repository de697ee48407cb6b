import type { Position } from './expression-ast';

/** The text is not in the supported subset, or not an expression at all. */
export class ExpressionSyntaxError extends Error {
  constructor(message: string, at: Position) {
    super(`Jira expression syntax error at line ${at.line}, column ${at.column}: ${message}`);
    this.name = 'ExpressionSyntaxError';
  }
}

/** The expression parsed but failed while it ran, as Jira's "Evaluation failed" does. */
export class ExpressionEvaluationError extends Error {
  constructor(message: string, at: Position) {
    super(`Jira expression evaluation failed at line ${at.line}, column ${at.column}: ${message}`);
    this.name = 'ExpressionEvaluationError';
  }
}
