/** Operators of the subset, spelled as Jira displays them in messages. `~` and `!~` parse but are refused. */
export type JqlOperator = '=' | '!=' | '~' | '!~' | '<' | '>' | '<=' | '>=' | 'in' | 'not in' | 'is' | 'is not';

/** The right-hand side of a clause. `number` is an unquoted integer, kept as written. */
export type JqlOperand =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly JqlOperand[] };

export type JqlLeafOperand = Exclude<JqlOperand, { readonly kind: 'list' }>;

/** The single values inside an operand, lists flattened (Jira allows nested lists). */
export function leaves(operand: JqlOperand): JqlLeafOperand[] {
  return operand.kind === 'list' ? operand.items.flatMap(leaves) : [operand];
}

/** `name` is the field as the query wrote it (used in messages); `id` is canonical: `status`, `customfield_10001`. */
export interface JqlField {
  readonly name: string;
  readonly id: string;
}

export type JqlNodeOf<F> =
  | { readonly kind: 'and' | 'or'; readonly clauses: readonly JqlNodeOf<F>[] }
  | { readonly kind: 'not'; readonly clause: JqlNodeOf<F> }
  | { readonly kind: 'clause'; readonly field: F; readonly operator: JqlOperator; readonly operand: JqlOperand };

export type JqlNode = JqlNodeOf<JqlField>;

/** `field` is the canonical field id; `name` is how the query wrote it. */
export interface JqlSortKey {
  readonly field: string;
  readonly name: string;
  readonly direction: 'asc' | 'desc';
}

export interface JqlAst {
  readonly where: JqlNode | null;
  readonly orderBy: readonly JqlSortKey[];
}

/**
 * `/search/jql` and `/search/approximate-count` want "a query with a search restriction"
 * (Atlassian's example of an unbounded query is `order by key desc`), so any WHERE clause bounds it.
 */
export function isBounded(ast: JqlAst): boolean {
  return ast.where !== null;
}
