import { isAbout, type Complaint } from '../complaint';
import type { AppConfig } from '../config/app-config.schema';
import type { Role } from './roles';

export interface Person {
  readonly accountId: string;
  readonly groups: readonly string[];
  /** Holds the Administer Jira global permission. */
  readonly isJiraAdmin: boolean;
}

/**
 * The roles a person holds on one complaint (null: before it exists). Resolvers compute this from
 * the Forge context, Jira's group membership and the index row, never from the payload; the
 * workflow's conditions in Jira apply the same rules (`jira/provisioning/role-expressions.ts`):
 *
 * - responsible: the person routing chose (`responsibleAccountId`, which only the app writes);
 * - advocate, manager: members of the configured groups;
 * - the complaint's subject (Subject (employee)) holds none of these three on it, whatever else
 *   they are: nobody acts on a complaint about themselves;
 * - registrar (everyone) and admin (Administer Jira) do not depend on the complaint.
 */
export const rolesOf = (
  person: Person,
  complaint: Pick<Complaint, 'responsibleAccountId' | 'subject'> | null,
  config: Pick<AppConfig, 'groups'>,
): Role[] => {
  const me = person.accountId;
  const mayAct = complaint === null || !isAbout(complaint.subject, me);
  const held: Record<Role, boolean> = {
    registrar: true,
    responsible: mayAct && complaint !== null && complaint.responsibleAccountId === me,
    advocate: mayAct && person.groups.includes(config.groups.advocate),
    manager: mayAct && person.groups.includes(config.groups.manager),
    admin: person.isJiraAdmin,
  };
  return (Object.keys(held) as Role[]).filter((r) => held[r]);
};
