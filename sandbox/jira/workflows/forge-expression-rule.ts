import { evaluate, fromJson, parseExpression, type Value } from '../expressions';
import type { JiraSite } from '../jira-site';
import type { ExpressionRuleExtension } from '../store/app-extension-store';
import type { WorkflowRule } from '../store/workflow-store';

export type ExpressionOutcome = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly error: string };

/** A Forge rule as Jira runs it: the installed module, the rule's parsed configuration. */
export interface ForgeRule {
  readonly extension: ExpressionRuleExtension;
  readonly config: Value;
}

/** The module a Forge rule points at and its configuration; null once the app is gone. */
export function forgeRuleOf(site: JiraSite, rule: WorkflowRule): ForgeRule | null {
  const extension = site.extensions.byKey(rule.parameters.key ?? '');
  if (extension === null || (extension.moduleType !== 'jira:workflowValidator' && extension.moduleType !== 'jira:workflowCondition')) return null;
  let config: Value = null;
  try {
    config = rule.parameters.config === undefined ? null : fromJson(JSON.parse(rule.parameters.config));
  } catch {
    config = null;
  }
  return { extension, config };
}

/** The manifest's expression, unless the configuration carries an `expression` of its own, which Forge evaluates instead. */
export function expressionOf(rule: ForgeRule): string {
  const { config } = rule;
  const override = config !== null && typeof config === 'object' && !Array.isArray(config) && 'expression' in config ? config.expression : null;
  return typeof override === 'string' ? override : rule.extension.expression;
}

/** Parses and evaluates one expression with the rule's `config`; any failure is an outcome, not an exception. */
export function runExpression(site: JiraSite, expression: string, variables: Readonly<Record<string, Value>>, config: Value, timeZone: string): ExpressionOutcome {
  try {
    return { ok: true, value: evaluate(parseExpression(expression), { variables: { ...variables, config }, now: site.now(), timeZone }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
