import type { Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { Role } from './roles';

export interface Person {
  readonly accountId: string;
  readonly groups: readonly string[];
  /** Holds the Administer Jira global permission. */
  readonly isJiraAdmin: boolean;
}

/**
 * The roles a person holds on one complaint. Resolvers compute this from the Forge context
 * and Jira's group membership, never from the payload.
 * The responsible person ("lead") is whoever the complaint is assigned to, which after a
 * conflict-of-interest route is the escalation manager, plus the department's own lead.
 */
export const rolesOf = (
  person: Person,
  complaint: Pick<Complaint, 'departmentId' | 'assigneeAccountId'> | null,
  config: Pick<AppConfig, 'departments' | 'groups'>,
): Role[] => {
  const dept = config.departments.find((d) => d.id === complaint?.departmentId);
  const me = person.accountId;
  const held: Record<Role, boolean> = {
    registrar: true,
    lead: complaint?.assigneeAccountId === me || dept?.leadAccountId === me,
    deputy: dept?.deputyAccountId === me,
    advocate: person.groups.includes(config.groups.advocate) || dept?.advocateAccountId === me,
    manager: person.groups.includes(config.groups.manager),
    admin: person.isJiraAdmin,
  };
  return (Object.keys(held) as Role[]).filter((r) => held[r]);
};
