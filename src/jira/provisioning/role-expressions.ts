import type { AppConfig, Department } from '../../domain/config/app-config.schema';
import type { Role } from '../../domain/workflow/roles';
import { and, eq, FALSE, isSet, or, path, str, TRUE, userInGroup, type Expression } from './jira-expression';

export interface RoleContext {
  readonly config: Pick<AppConfig, 'departments' | 'groups'>;
  /** The Department field's id, `customfield_NNNNN`. */
  readonly departmentFieldId: string;
}

const isUser = (accountId: string): Expression => eq(path('user', 'accountId'), str(accountId));

/** The Department option is this department (the option's value is the department's name). */
const inDepartment = (ctx: RoleContext, dept: Department): Expression => {
  const field = path('issue', ctx.departmentFieldId);
  return and(isSet(field), eq(path('issue', ctx.departmentFieldId, 'value'), str(dept.name)));
};

/** "This user is the department's <person>", for every department that names one. */
const departmentPerson = (ctx: RoleContext, pick: (d: Department) => string | null): Expression =>
  or(
    ...ctx.config.departments.flatMap((dept) => {
      const accountId = pick(dept);
      return accountId === null ? [] : [and(inDepartment(ctx, dept), isUser(accountId))];
    }),
  );

const assignee = path('issue', 'assignee');

/**
 * Who holds a role on a complaint, as a Jira expression: the same rules as `rolesOf`, with the
 * configuration written into the expression, so Set up project regenerates it when the
 * configuration changes.
 */
const ROLE_EXPRESSIONS: Readonly<Record<Role, (ctx: RoleContext) => Expression>> = {
  registrar: () => TRUE,
  lead: (ctx) => or(and(isSet(assignee), eq(path('issue', 'assignee', 'accountId'), path('user', 'accountId'))), departmentPerson(ctx, (d) => d.leadAccountId)),
  deputy: (ctx) => departmentPerson(ctx, (d) => d.deputyAccountId),
  advocate: (ctx) => or(userInGroup(ctx.config.groups.advocate), departmentPerson(ctx, (d) => d.advocateAccountId)),
  manager: (ctx) => userInGroup(ctx.config.groups.manager),
  // Administer Jira is a global permission that Jira expressions cannot test; no transition is admin-only.
  admin: () => FALSE,
};

/** The condition of a transition open to these roles: any one of them will do. */
export const rolesCondition = (roles: readonly Role[], ctx: RoleContext): Expression => or(...roles.map((role) => ROLE_EXPRESSIONS[role](ctx)));
