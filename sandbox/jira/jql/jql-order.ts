import type { JqlAst, JqlSortKey } from './jql-ast';
import { fieldSortValue } from './jql-field-values';
import { fieldById } from './jql-fields';
import type { JqlContext, JqlIssueView } from './jql-issue-view';
import { validateJql } from './jql-known-fields';
import { compareSortValues, type SortValue } from './jql-sort-value';

// Jira's SearchSortUtilImpl.DEFAULT_KEY_SORT: with no ORDER BY, issues come newest key first.
const DEFAULT_ORDER: readonly JqlSortKey[] = [{ field: 'key', name: 'key', direction: 'desc' }];

/**
 * A comparator for Array.prototype.sort in the query's ORDER BY (key DESC when it has none).
 * Ties fall back to ascending issue id so that pages are stable.
 */
export function compareByOrder(ast: JqlAst, ctx: JqlContext): (a: JqlIssueView, b: JqlIssueView) => number {
  validateJql(ast, ctx);
  const keys = (ast.orderBy.length > 0 ? ast.orderBy : DEFAULT_ORDER).map((k) => ({
    field: fieldById(k.field),
    sign: k.direction === 'asc' ? 1 : -1,
  }));
  return (a, b) => {
    for (const { field, sign } of keys) {
      const order = compareSortValues(fieldSortValue(a, field, ctx), fieldSortValue(b, field, ctx));
      if (order !== 0) return sign * order;
    }
    return compareSortValues(idOrder(a.id), idOrder(b.id));
  };
}

function idOrder(id: string): SortValue {
  return /^\d+$/.test(id) ? [Number(id)] : [id];
}
