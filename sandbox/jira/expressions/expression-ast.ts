/** Where a node starts in the expression text, for error messages. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

/** The syntax tree of the Jira-expression subset; see README.md for what each node means. */
export type ExpressionNode =
  | { readonly kind: 'literal'; readonly value: null | boolean | number | string; readonly at: Position }
  | { readonly kind: 'list'; readonly items: readonly ExpressionNode[]; readonly at: Position }
  | { readonly kind: 'identifier'; readonly name: string; readonly at: Position }
  | { readonly kind: 'member'; readonly object: ExpressionNode; readonly name: string; readonly optional: boolean; readonly at: Position }
  | { readonly kind: 'index'; readonly object: ExpressionNode; readonly index: ExpressionNode; readonly optional: boolean; readonly at: Position }
  | {
      readonly kind: 'call';
      readonly object: ExpressionNode;
      readonly method: string;
      readonly args: readonly ExpressionNode[];
      readonly optional: boolean;
      readonly at: Position;
    }
  | { readonly kind: 'new'; readonly typeName: string; readonly args: readonly ExpressionNode[]; readonly at: Position }
  | { readonly kind: 'unary'; readonly operator: '!' | '-'; readonly operand: ExpressionNode; readonly at: Position }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: ExpressionNode; readonly right: ExpressionNode; readonly at: Position }
  | { readonly kind: 'conditional'; readonly test: ExpressionNode; readonly then: ExpressionNode; readonly otherwise: ExpressionNode; readonly at: Position }
  | { readonly kind: 'lambda'; readonly parameter: string; readonly body: ExpressionNode; readonly at: Position };
