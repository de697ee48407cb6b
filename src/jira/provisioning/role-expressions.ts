import type { AppConfig } from '../../domain/config/app-config.schema';
import type { Role } from '../../domain/workflow/roles';
import { and, compare, eq, FALSE, optional, or, path, TRUE, userInGroup, type Expression } from './jira-expression';

export interface RoleContext {
  readonly config: Pick<AppConfig, 'groups'>;
  /** The app's read-only Responsible field (a Forge user field), `customfield_NNNNN`. */
  readonly responsibleFieldId: string;
  /** The Subject (employee) field, `customfield_NNNNN`. */
  readonly subjectFieldId: string;
}

/** The group whose members hold a role, for the roles a group confers. */
const ROLE_GROUPS: Partial<Readonly<Record<Role, (ctx: RoleContext) => string>>> = {
  advocate: (ctx) => ctx.config.groups.advocate,
  manager: (ctx) => ctx.config.groups.manager,
};

const me = path('user', 'accountId');

/** `issue.customfield_N?.accountId`: a user field's account id, null when empty (a user field is a User in an expression). */
const accountIn = (fieldId: string): Expression => optional(path('issue', fieldId), 'accountId');

/**
 * The condition of a transition open to these roles, as a Jira expression, by the same rules as
 * `rolesOf`: any one of the roles will do, and the complaint's subject never qualifies.
 *
 * - registrar: everyone (no condition);
 * - responsible: the person in the app's read-only Responsible field, which only routing writes;
 * - advocate, manager: members of the configured groups;
 * - admin: Administer Jira is a global permission that Jira expressions cannot test, so nobody
 *   (no transition is admin-only).
 *
 * Nothing here reads the assignee or the departments, so the expression is the same length
 * however many departments the configuration has:
 * `issue.customfield_10051?.accountId != user.accountId && (issue.customfield_10060?.accountId == user.accountId || user.groups.includes('complaint-advocates'))`.
 */
export const rolesCondition = (roles: readonly Role[], ctx: RoleContext): Expression => {
  if (roles.includes('registrar')) return TRUE;
  const responsible = roles.includes('responsible') ? [eq(accountIn(ctx.responsibleFieldId), me)] : [];
  const groups = [...new Set(roles.flatMap((role) => ROLE_GROUPS[role]?.(ctx) ?? []))].map(userInGroup);
  const qualifies = or(...responsible, ...groups);
  return qualifies === FALSE ? FALSE : and(compare(accountIn(ctx.subjectFieldId), '!=', me), qualifies);
};
