export { ExpressionEvaluationError, ExpressionSyntaxError } from './expression-error';
export { evaluate, type EvaluationScope } from './expression-evaluator';
export { parseExpression } from './expression-parser';
export { ExprCalendarDate, ExprDate, fromJson, JiraObject, type Value } from './expression-values';
