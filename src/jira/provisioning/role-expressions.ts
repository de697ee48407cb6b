import type { AppConfig, Department } from '../../domain/config/app-config.schema';
import type { Role } from '../../domain/workflow/roles';
import { and, eq, FALSE, oneOf, optional, or, path, str, TRUE, userInGroup, type Expression } from './jira-expression';

export interface RoleContext {
  readonly config: Pick<AppConfig, 'departments' | 'groups'>;
  /** The Department field's id, `customfield_NNNNN`. */
  readonly departmentFieldId: string;
}

/** The person a department names for a role, for the roles a department names people for. */
const DEPARTMENT_PEOPLE: Partial<Readonly<Record<Role, (d: Department) => string | null>>> = {
  lead: (d) => d.leadAccountId,
  deputy: (d) => d.deputyAccountId,
  advocate: (d) => d.advocateAccountId,
};

/** The group whose members hold a role, for the roles a group confers. */
const ROLE_GROUPS: Partial<Readonly<Record<Role, (ctx: RoleContext) => string>>> = {
  advocate: (ctx) => ctx.config.groups.advocate,
  manager: (ctx) => ctx.config.groups.manager,
};

const me = path('user', 'accountId');

/**
 * The condition of a transition open to these roles, as a Jira expression: any one of them will
 * do, by the same rules as `rolesOf`, with the configuration written into the expression so that
 * Set up project regenerates it when the configuration changes:
 *
 * - registrar: everyone;
 * - lead: whoever the complaint is assigned to, or the lead its department names;
 * - deputy: the deputy its department names;
 * - advocate: a member of the advocate group, or the advocate its department names;
 * - manager: a member of the manager group;
 * - admin: Administer Jira is a global permission that Jira expressions cannot test, so nobody
 *   (no transition is admin-only).
 *
 * To stay well under Jira's cap on an expression's length, the department's people are tested
 * department by department, each department once, whichever of the roles they hold:
 * `issue.customfield_10050?.value == 'Billing' && ['lead', 'deputy'].includes(user.accountId)`.
 */
export const rolesCondition = (roles: readonly Role[], ctx: RoleContext): Expression => {
  if (roles.includes('registrar')) return TRUE;
  const assignee = roles.includes('lead') ? [eq(optional(path('issue', 'assignee'), 'accountId'), me)] : [];
  const groups = [...new Set(roles.flatMap((role) => ROLE_GROUPS[role]?.(ctx) ?? []))].map(userInGroup);
  const department = optional(path('issue', ctx.departmentFieldId), 'value');
  // The option's value is the department's name.
  const departments = ctx.config.departments.map((dept) => {
    const people = roles.flatMap((role) => DEPARTMENT_PEOPLE[role]?.(dept) ?? []);
    return people.length === 0 ? FALSE : and(eq(department, str(dept.name)), oneOf(me, people));
  });
  return or(...assignee, ...groups, ...departments);
};
