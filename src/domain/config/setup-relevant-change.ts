import type { AppConfig } from './app-config.schema';

/**
 * Whether Set up project must run again for Jira to follow a new configuration: the workflow's
 * conditions name the advocate and manager groups, and the Department field's options are the
 * departments' names. Leads, deputies and the calendar are read by the app at run time, so a
 * change to them needs nothing of Jira.
 */
export const needsSetupAgain = (before: AppConfig, after: AppConfig): boolean =>
  before.groups.advocate !== after.groups.advocate ||
  before.groups.manager !== after.groups.manager ||
  before.departments.map((d) => d.name).join('\n') !== after.departments.map((d) => d.name).join('\n');
