import type { AppConfig } from '../domain/config/app-config.schema';
import type { NotificationSubjectLine } from '../domain/notifications/notification-message';
import { departmentOf } from '../domain/routing/advocate-of';
import type { Clock } from '../ports/clock.port';
import type { JiraPort } from '../ports/jira.port';
import type { Store } from '../ports/store.port';
import type { WorkQueue } from '../ports/work-queue.port';
import type { NotifyPeopleRequest } from './notifications/notify-people';

/** What `notifyPeople` takes, less the link, which the runtime knows no address for. */
export type NotifyRequest = Omit<NotifyPeopleRequest, 'issueUrl'>;

/** Sends one message about a complaint to people and groups, each in their language. */
export type Notify = (request: NotifyRequest) => Promise<void>;

/** What the runtime use cases work with: the ports, the configuration and the time. */
export interface ComplaintRuntime {
  readonly store: Store;
  readonly jira: JiraPort;
  readonly notify: Notify;
  readonly clock: Clock;
  readonly config: AppConfig;
  /** Routing retries and the sweep's fan-out go through it. */
  readonly queue: WorkQueue;
}

/** The facts every message about a complaint shows. */
export const factsOf = (config: Pick<AppConfig, 'departments'>, complaint: { readonly issueKey: string; readonly departmentId: string | null }): NotificationSubjectLine => ({
  issueKey: complaint.issueKey,
  departmentName: departmentOf(config, complaint.departmentId)?.name ?? null,
});
