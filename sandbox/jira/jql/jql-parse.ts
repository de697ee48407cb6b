import type { JqlAst } from './jql-ast';
import { checkQuery } from './jql-checker';
import { parseSyntax } from './jql-parser';

/**
 * Parses and checks a query of the documented subset (see README.md). Throws JqlError with
 * Jira's messages for anything Jira would reject, or that lies outside the subset.
 */
export function parseJql(text: string): JqlAst {
  return checkQuery(parseSyntax(text));
}
