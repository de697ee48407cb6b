import { forbidden } from '../http/jira-error';
import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';

export const ADMIN_REQUIRED = 'You are not authorized to perform this action. Administrator privileges are required.';

/** Configuration endpoints need Administer Jira; the app holds it through `manage:jira-configuration`. */
export function requireAdmin(site: JiraSite, caller: Caller): void {
  if (!site.permissions.hasGlobal(caller, 'ADMINISTER')) throw forbidden(ADMIN_REQUIRED);
}
