import type { JqlAst, JqlNode } from './jql-ast';
import { JqlError } from './jql-error';
import type { JqlContext } from './jql-issue-view';
import { validationMessages } from './jql-messages';

/**
 * The one check that needs the site: custom fields must exist on it. `parseJql` has checked the
 * rest; the emulator calls this before searching so that an empty result cannot hide the 400.
 */
export function validateJql(ast: JqlAst, ctx: Pick<JqlContext, 'knownCustomFieldIds'>): void {
  const fields = [...(ast.where === null ? [] : clauseFields(ast.where)), ...ast.orderBy.map((k) => ({ id: k.field, name: k.name }))];
  const unknown = fields.filter((f) => f.id.startsWith('customfield_') && !ctx.knownCustomFieldIds.has(f.id));
  if (unknown.length > 0) throw new JqlError([...new Set(unknown.map((f) => validationMessages.noSuchField(f.name)))]);
}

function clauseFields(node: JqlNode): { id: string; name: string }[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.clauses.flatMap(clauseFields);
    case 'not':
      return clauseFields(node.clause);
    case 'clause':
      return [node.field];
  }
}
