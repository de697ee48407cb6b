import type { AppConfig } from '../config/app-config.schema';
import { departmentOf } from '../routing/advocate-of';
import type { NotificationSubjectLine } from './notification-message';

/** The facts every message about a complaint shows. */
export const factsOf = (config: Pick<AppConfig, 'departments'>, complaint: { readonly issueKey: string; readonly departmentId: string | null }): NotificationSubjectLine => ({
  issueKey: complaint.issueKey,
  departmentName: departmentOf(config, complaint.departmentId)?.name ?? null,
});
