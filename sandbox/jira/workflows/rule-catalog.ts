import type { JiraSite } from '../jira-site';
import { PERMISSIONS } from '../permissions/permission-catalog';
import { allFields } from '../fields/field-catalog';

/** Where a rule sits on a transition. */
export type RulePlace = 'condition' | 'validator' | 'action' | 'screen';

export const RULE_KEYS = {
  forgeCondition: 'forge:expression-condition',
  forgeValidator: 'forge:expression-validator',
  restrictTransition: 'system:restrict-issue-transition',
  validateFieldValue: 'system:validate-field-value',
  checkPermission: 'system:check-permission-validator',
  updateField: 'system:update-field',
  changeAssignee: 'system:change-assignee',
  transitionScreen: 'system:transition-screen',
} as const;

/** The rules the emulator can enforce, by place; Jira has more, and the emulator refuses those rather than ignore them. */
const SUPPORTED: Readonly<Record<RulePlace, readonly string[]>> = {
  condition: [RULE_KEYS.forgeCondition, RULE_KEYS.restrictTransition],
  validator: [RULE_KEYS.forgeValidator, RULE_KEYS.validateFieldValue, RULE_KEYS.checkPermission],
  action: [RULE_KEYS.updateField, RULE_KEYS.changeAssignee],
  screen: [RULE_KEYS.transitionScreen],
};

const ASSIGNEE_TYPES = ['to-selected-user', 'to-unassigned', 'to-current-user', 'to-reporter', 'to-default-user'];

/** A comma-separated parameter (rule parameters are all strings) as its items. */
export const listParameter = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function forgeProblem(site: JiraSite, parameters: Readonly<Record<string, string>>, moduleType: string): string | null {
  const extension = site.extensions.byKey(parameters.key ?? '');
  if (extension?.moduleType !== moduleType) return `No installed Forge app provides a ${moduleType} with the key '${parameters.key ?? ''}'.`;
  if (parameters.config === undefined) return null;
  try {
    JSON.parse(parameters.config);
    return null;
  } catch {
    return 'The Forge rule configuration must be a JSON string.';
  }
}

function parameterProblem(site: JiraSite, ruleKey: string, parameters: Readonly<Record<string, string>>): string | null {
  const fieldIds = new Set(allFields(site.customFields.all()).map((field) => field.id));
  switch (ruleKey) {
    case RULE_KEYS.forgeCondition:
      return forgeProblem(site, parameters, 'jira:workflowCondition');
    case RULE_KEYS.forgeValidator:
      return forgeProblem(site, parameters, 'jira:workflowValidator');
    case RULE_KEYS.validateFieldValue: {
      if (parameters.ruleType !== 'fieldRequired') return `The rule type '${parameters.ruleType ?? ''}' is not supported by the sandbox; use fieldRequired.`;
      const fields = listParameter(parameters.fieldsRequired);
      const unknown = fields.find((field) => !fieldIds.has(field));
      if (fields.length === 0 || unknown !== undefined) return `The field '${unknown ?? ''}' does not exist.`;
      return null;
    }
    case RULE_KEYS.checkPermission:
      return PERMISSIONS.some((permission) => permission.key === parameters.permissionKey) ? null : `Unknown permission '${parameters.permissionKey ?? ''}'.`;
    case RULE_KEYS.restrictTransition: {
      if (listParameter(parameters.roleIds).length > 0) return 'Project roles are not supported by the sandbox in restrict-issue-transition.';
      const unknown = listParameter(parameters.groupIds).find((groupId) => site.users.groupById(groupId) === null);
      return unknown === undefined ? null : `The group with ID '${unknown}' does not exist.`;
    }
    case RULE_KEYS.updateField:
      return fieldIds.has(parameters.field ?? '') ? null : `The field '${parameters.field ?? ''}' does not exist.`;
    case RULE_KEYS.changeAssignee:
      if (!ASSIGNEE_TYPES.includes(parameters.type ?? '')) return `The assignee type '${parameters.type ?? ''}' is not valid.`;
      return parameters.type === 'to-selected-user' && site.users.byAccountId(parameters.accountId ?? '') === null
        ? 'The user to assign does not exist.'
        : null;
    case RULE_KEYS.transitionScreen:
      return site.screens.byId(parameters.screenId ?? '') === null ? `The screen with ID '${parameters.screenId ?? ''}' does not exist.` : null;
    default:
      return null;
  }
}

/** Why a rule cannot go in this place, or null when the emulator can enforce it as configured. */
export function ruleProblem(site: JiraSite, place: RulePlace, ruleKey: string, parameters: Readonly<Record<string, string>>): string | null {
  if (!SUPPORTED[place].includes(ruleKey)) return `Rule cannot be applied to this type or is unsupported: '${ruleKey}'.`;
  return parameterProblem(site, ruleKey, parameters);
}

