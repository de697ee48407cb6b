import type { AppConfig, Department } from '../config/app-config.schema';
import type { AdvocateTarget } from './route-decision';

/** The complaint's advocate: the department's own, else the advocate group as a whole (design.md section 4). */
export const advocateOf = (dept: Department | undefined, group: string): AdvocateTarget =>
  dept?.advocateAccountId ? { kind: 'user', accountId: dept.advocateAccountId } : { kind: 'group', group };

export const departmentOf = (config: Pick<AppConfig, 'departments'>, departmentId: string | null): Department | undefined =>
  departmentId === null ? undefined : config.departments.find((d) => d.id === departmentId);
