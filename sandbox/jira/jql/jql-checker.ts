import {
  leaves,
  type JqlAst,
  type JqlField,
  type JqlLeafOperand,
  type JqlNode,
  type JqlNodeOf,
  type JqlOperand,
  type JqlOperator,
  type JqlSortKey,
} from './jql-ast';
import { parseDateLiteral } from './jql-dates';
import { JqlError } from './jql-error';
import { customFieldSpec, findField, type FieldSpec } from './jql-fields';
import { checkFunction, functionDisplay } from './jql-functions';
import { validationMessages } from './jql-messages';
import type { RawAst, RawField } from './jql-parser';
import { statusCategoryNamed } from './jql-status-category';

const RELATIONAL: ReadonlySet<JqlOperator> = new Set(['<', '>', '<=', '>=']);
const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

/**
 * Jira's second pass over a parsed query: field names, operator use, functions and values.
 * Like Jira it reports every problem it finds, in query order, as one 400.
 */
export function checkQuery(raw: RawAst): JqlAst {
  const errors: string[] = [];
  const where = raw.where === null ? null : checkNode(raw.where, errors);
  const orderBy = raw.orderBy.flatMap(({ field, direction }): JqlSortKey[] => {
    const spec = specOf(field);
    if (spec === undefined) {
      errors.push(validationMessages.noSuchField(field.name));
      return [];
    }
    return [{ field: spec.id, name: field.name, direction: direction ?? spec.defaultDirection }];
  });
  if (errors.length > 0) throw new JqlError([...new Set(errors)]);
  return { where, orderBy };
}

function specOf(field: RawField): FieldSpec | undefined {
  return field.customFieldNumber === undefined ? findField(field.name) : customFieldSpec(field.customFieldNumber);
}

function checkNode(node: JqlNodeOf<RawField>, errors: string[]): JqlNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, clauses: node.clauses.map((c) => checkNode(c, errors)) };
    case 'not':
      return { kind: 'not', clause: checkNode(node.clause, errors) };
    case 'clause': {
      const spec = specOf(node.field);
      const field: JqlField = { name: node.field.name, id: spec?.id ?? node.field.name };
      if (spec === undefined) errors.push(validationMessages.noSuchField(node.field.name));
      else errors.push(...checkClause(spec, node.field.name, node.operator, node.operand));
      return { kind: 'clause', field, operator: node.operator, operand: node.operand };
    }
  }
}

/** Operator use first (as Jira's OperatorUsageValidator), then the field's own operators, then values. */
function checkClause(spec: FieldSpec, name: string, operator: JqlOperator, operand: JqlOperand): string[] {
  const usage = operatorUsage(operator, operand, name);
  if (usage !== null) return [usage];
  if (!spec.operators.has(operator)) return [validationMessages.operatorNotSupported(operator, name)];
  return leaves(operand).flatMap((leaf) => checkValue(spec, name, leaf));
}

function operatorUsage(operator: JqlOperator, operand: JqlOperand, field: string): string | null {
  const isList = operand.kind === 'list';
  if (operator === 'is' || operator === 'is not') {
    return operand.kind === 'empty' ? null : validationMessages.nonEmptyValue(operator, field);
  }
  if (operator === 'in' || operator === 'not in' || RELATIONAL.has(operator)) {
    if (operand.kind === 'empty') return validationMessages.emptyValue(operator, field);
  }
  if (operator === 'in' || operator === 'not in') {
    return isList ? null : validationMessages.nonListValue(operator, display(operand), field);
  }
  return isList ? validationMessages.listValue(operator, display(operand), field) : null;
}

function checkValue(spec: FieldSpec, name: string, leaf: JqlLeafOperand): string[] {
  if (leaf.kind === 'function') return checkFunction(leaf.name, leaf.args, spec, name);
  if (leaf.kind !== 'value' && leaf.kind !== 'number') return [];
  switch (spec.kind) {
    case 'date':
      return leaf.kind === 'value' && parseDateLiteral(leaf.value) === null ? [validationMessages.invalidDate(leaf.value, name)] : [];
    case 'key':
      return leaf.kind === 'value' && !ISSUE_KEY.test(leaf.value) && !/^\d+$/.test(leaf.value)
        ? [validationMessages.invalidIssueKey(leaf.value, name)]
        : [];
    case 'statusCategory':
      if (statusCategoryNamed(leaf.value, leaf.kind === 'number') !== undefined) return [];
      return [leaf.kind === 'number' ? validationMessages.noSuchValueId(leaf.value, name) : validationMessages.noSuchValue(leaf.value, name)];
    default:
      return [];
  }
}

/** An operand as Jira prints it in messages: strings quoted, numbers bare, lists in parentheses. */
function display(operand: JqlOperand): string {
  switch (operand.kind) {
    case 'empty':
      return 'EMPTY';
    case 'value':
      return `"${operand.value}"`;
    case 'number':
      return operand.value;
    case 'function':
      return functionDisplay(operand.name, operand.args);
    case 'list':
      return `(${operand.items.map(display).join(', ')})`;
  }
}
