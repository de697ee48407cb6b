export { ExpressionEvaluationError, ExpressionLimitError, ExpressionSyntaxError, ExpressionTypeError } from './expression-error';
export { evaluate, type EvaluationScope } from './expression-evaluator';
export { EXPRESSION_LIMITS, type ExpressionSize } from './expression-limits';
export { expressionSize, parseExpression } from './expression-parser';
export { checkTypes } from './expression-type-checker';
export { ExprCalendarDate, ExprDate, fromJson, JiraObject, type Value } from './expression-values';
