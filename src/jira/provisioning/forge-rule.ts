import * as z from 'zod';
import type { Expression } from './jira-expression';

/**
 * The manifest's generic workflow rule modules. Their own expression is a fail-closed fallback:
 * each rule that Set up project puts on a transition overrides it with a generated expression in
 * its configuration (`{"expression": "…"}`), as Forge allows for expression-based rules.
 */
export const RULE_MODULES = { condition: 'complaint-condition', validator: 'complaint-validator' } as const;

export const RULE_KEYS = { condition: 'forge:expression-condition', validator: 'forge:expression-validator' } as const;
export type RuleKind = keyof typeof RULE_KEYS;

/** The installed app, as `getAppContext()` names it: the parts of a Forge extension ARI. */
export interface AppIdentity {
  readonly appId: string;
  readonly environmentId: string;
}

/** A workflow rule as `/workflows/create` takes it and `/workflows/search` returns it. */
export interface WorkflowRule {
  readonly ruleKey: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export const extensionAri = (app: AppIdentity, moduleKey: string): string =>
  `ari:cloud:ecosystem::extension/${app.appId}/${app.environmentId}/static/${moduleKey}`;

/** A reference to one of the app's rule modules, carrying the expression it evaluates. */
export const forgeRule = (kind: RuleKind, app: AppIdentity, expression: Expression): WorkflowRule => ({
  ruleKey: RULE_KEYS[kind],
  parameters: { key: extensionAri(app, RULE_MODULES[kind]), config: JSON.stringify({ expression }) },
});

const ruleConfig = z.object({ expression: z.string() }).loose();

/** The expression a rule of this app evaluates; null for any other rule or an unreadable configuration. */
export const expressionOfRule = (kind: RuleKind, app: AppIdentity, rule: WorkflowRule): string | null => {
  if (rule.ruleKey !== RULE_KEYS[kind] || rule.parameters.key !== extensionAri(app, RULE_MODULES[kind])) return null;
  try {
    const parsed = ruleConfig.safeParse(JSON.parse(rule.parameters.config ?? ''));
    return parsed.success ? parsed.data.expression : null;
  } catch {
    return null;
  }
};
