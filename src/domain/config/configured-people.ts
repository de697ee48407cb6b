import type { AppConfig } from './app-config.schema';

/** The roles a department names people in, in the order the admin page shows them. */
export const DEPARTMENT_ROLES = ['leadAccountId', 'deputyAccountId', 'escalationManagerAccountId', 'advocateAccountId'] as const;
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];

/** Every account the departments name, each once, in the order first named. */
export const configuredPeople = (config: Pick<AppConfig, 'departments'>): string[] => [
  ...new Set(config.departments.flatMap((d) => DEPARTMENT_ROLES.map((role) => d[role])).filter((id): id is string => id !== null)),
];
