export { isBounded, type JqlAst, type JqlField, type JqlNode, type JqlOperand, type JqlOperator, type JqlSortKey } from './jql-ast';
export { JqlError } from './jql-error';
export { evaluateJql } from './jql-evaluator';
export type { JqlContext, JqlIssueView } from './jql-issue-view';
export { validateJql } from './jql-known-fields';
export { UNBOUNDED_JQL_MESSAGE } from './jql-messages';
export { compareByOrder } from './jql-order';
export { parseJql } from './jql-parse';
