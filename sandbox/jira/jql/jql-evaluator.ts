import type { JqlAst, JqlNode, JqlOperator } from './jql-ast';
import { fieldComparisons, fieldMatches, isFieldEmpty } from './jql-field-values';
import { fieldById } from './jql-fields';
import type { JqlContext, JqlIssueView } from './jql-issue-view';
import { validateJql } from './jql-known-fields';
import { resolveOperand } from './jql-operands';

/**
 * Whether `issue` matches the query's WHERE clause. Throws JqlError when the query names a
 * custom field the site does not have.
 */
export function evaluateJql(ast: JqlAst, issue: JqlIssueView, ctx: JqlContext): boolean {
  validateJql(ast, ctx);
  return ast.where === null || evaluateNode(ast.where, issue, ctx);
}

function evaluateNode(node: JqlNode, issue: JqlIssueView, ctx: JqlContext): boolean {
  switch (node.kind) {
    case 'and':
      return node.clauses.every((c) => evaluateNode(c, issue, ctx));
    case 'or':
      return node.clauses.some((c) => evaluateNode(c, issue, ctx));
    case 'not':
      return !evaluateNode(node.clause, issue, ctx);
    case 'clause':
      return evaluateClause(node, issue, ctx);
  }
}

/**
 * Jira's semantics: `!=` and `NOT IN` never match an empty field (`NOT (a = b)` does), and a
 * multi-value field matches `=` when any of its values does.
 */
function evaluateClause(clause: Extract<JqlNode, { kind: 'clause' }>, issue: JqlIssueView, ctx: JqlContext): boolean {
  const field = fieldById(clause.field.id);
  const atoms = resolveOperand(clause.operand, field, ctx);
  const empty = isFieldEmpty(issue, field);
  const values = atoms.filter((a) => a.kind !== 'empty');
  const namesEmpty = values.length < atoms.length;
  switch (clause.operator) {
    case 'is':
      return empty;
    case 'is not':
      return !empty;
    case '=':
    case 'in':
      return (namesEmpty && empty) || values.some((a) => fieldMatches(issue, field, a, ctx));
    case '!=':
    case 'not in':
      return !empty && !values.some((a) => fieldMatches(issue, field, a, ctx));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const operator = clause.operator;
      return values.some((a) => fieldComparisons(issue, field, a, ctx).some((sign) => satisfies(operator, sign)));
    }
    case '~':
    case '!~':
      throw new Error(`parseJql refuses '${clause.operator}' in the subset`);
  }
}

function satisfies(operator: JqlOperator, sign: number): boolean {
  return operator === '<' ? sign < 0 : operator === '<=' ? sign <= 0 : operator === '>' ? sign > 0 : sign >= 0;
}
