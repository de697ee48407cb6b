import { leaves, type JqlAst, type JqlNodeOf } from './jql-ast';
import { checkQuery } from './jql-checker';
import { JqlError } from './jql-error';
import { parseSyntax, type RawField } from './jql-parser';

/** An installed app's `jira:jqlFunction`, as the search sees it. */
export interface AppJqlFunction {
  /** The module's extension key: what its precomputations are stored under. */
  readonly key: string;
  readonly name: string;
  readonly operators: readonly string[];
  readonly types: readonly string[];
}

/** What Jira hands the app's function (developer.atlassian.com, "Custom JQL functions"). */
export interface AppFunctionClause {
  readonly field: string;
  readonly type: readonly string[];
  readonly operator: string;
  readonly functionName: string;
  readonly arguments: readonly string[];
}

export type AppFunctionAnswer = { readonly jql: string } | { readonly error: string };

/** The app's functions by lower-case name, and the precomputation (stored, or made by calling the app) of one clause. */
export interface AppFunctionResolver {
  readonly functions: () => ReadonlyMap<string, AppJqlFunction>;
  readonly answer: (fn: AppJqlFunction, clause: AppFunctionClause) => Promise<AppFunctionAnswer>;
}

type RawNode = JqlNodeOf<RawField>;

// The fields of type `issue` in the subset: the only type the emulator lets an app function serve.
const ISSUE_FIELDS: ReadonlySet<string> = new Set(['issue', 'issuekey', 'key', 'id']);

/** The clause's app function when Jira would call it: a declared operator on a field of a declared type. */
const appCall = (node: Extract<RawNode, { kind: 'clause' }>, functions: ReadonlyMap<string, AppJqlFunction>): AppJqlFunction | null => {
  if (node.operand.kind !== 'function' || node.field.customFieldNumber !== undefined) return null;
  const fn = functions.get(node.operand.name.toLowerCase());
  if (fn === undefined || !fn.operators.includes(node.operator)) return null;
  return fn.types.includes('issue') && ISSUE_FIELDS.has(node.field.name.toLowerCase()) ? fn : null;
};

/**
 * Jira Cloud's cap on the values of one function's fragment ("Work around the 1,000 value limit in
 * custom JQL functions", developer.atlassian.com).
 */
export const MAX_FRAGMENT_VALUES = 1000;

const valueCount = (node: RawNode): number => {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.clauses.reduce((n, clause) => n + valueCount(clause), 0);
    case 'not':
      return valueCount(node.clause);
    case 'clause':
      return leaves(node.operand).length;
  }
};

/** The fragment's clauses; a fragment that is not a plain WHERE part, or too long, fails the search as Jira fails it. */
const fragmentOf = (fn: AppJqlFunction, answer: AppFunctionAnswer): RawNode => {
  if ('error' in answer) throw new JqlError([answer.error]);
  const fragment = parseSyntax(answer.jql);
  if (fragment.where === null || fragment.orderBy.length > 0) throw new JqlError([`The JQL function '${fn.name}' returned an invalid JQL fragment.`]);
  // Jira names the app by its title, which the emulator does not have: its extension key stands in.
  if (valueCount(fragment.where) > MAX_FRAGMENT_VALUES) {
    throw new JqlError([`Function '${fn.name}' provided by '${fn.key}' has returned more than the maximum of ${String(MAX_FRAGMENT_VALUES)} values for this JQL fragment.`]);
  }
  return fragment.where;
};

const substitute = async (node: RawNode, resolver: AppFunctionResolver, functions: ReadonlyMap<string, AppJqlFunction>): Promise<RawNode> => {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, clauses: await Promise.all(node.clauses.map((c) => substitute(c, resolver, functions))) };
    case 'not':
      return { kind: 'not', clause: await substitute(node.clause, resolver, functions) };
    case 'clause': {
      const fn = appCall(node, functions);
      if (fn === null || node.operand.kind !== 'function') return node;
      const clause = { field: node.field.name, type: ['issue'], operator: node.operator, functionName: fn.name, arguments: node.operand.args };
      return fragmentOf(fn, await resolver.answer(fn, clause));
    }
  }
};

/**
 * `parseJql` with Jira's first step for app functions: each clause that calls one is replaced
 * by the JQL fragment of its precomputation before the query is checked and evaluated, so the
 * fragment is searched with the searcher's own permissions. The function's `{ error }` fails the
 * search with that message. A function no app declares stays "Unable to find JQL function".
 */
export async function parseJqlWithAppFunctions(text: string, resolver: AppFunctionResolver): Promise<JqlAst> {
  const raw = parseSyntax(text);
  const functions = resolver.functions();
  if (raw.where === null || functions.size === 0) return checkQuery(raw);
  return checkQuery({ ...raw, where: await substitute(raw.where, resolver, functions) });
}
