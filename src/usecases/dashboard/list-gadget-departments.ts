import type { AppConfig } from '../../domain/config/app-config.schema';

/**
 * The departments a gadget may be narrowed to, in the configuration's order. Their names are no
 * secret from anyone who sees a dashboard: every complaint in Jira shows its department.
 */
export const listGadgetDepartments = (config: Pick<AppConfig, 'departments'>): { id: string; name: string }[] =>
  config.departments.map(({ id, name }) => ({ id, name }));
