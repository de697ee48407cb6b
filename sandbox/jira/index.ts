import { hasCurrentSchema, rebuildSchema } from './db/site-schema';
import type { DemoUser, JiraEmulator, JiraEmulatorOptions } from './emulator.types';
import { faultInjector } from './faults/fault-control';
import { jiraDispatcher } from './http/jira-dispatcher';
import type { Route } from './http/jira-request';
import { openSite, type JiraSite } from './jira-site';
import { issueChangelogRoutes } from './routes/issue-changelog.routes';
import { issueCommentRoutes } from './routes/issue-comment.routes';
import { issueLinkRoutes } from './routes/issue-link.routes';
import { issueNotifyRoutes } from './routes/issue-notify.routes';
import { issuePropertyRoutes } from './routes/issue-property.routes';
import { issueTransitionRoutes } from './routes/issue-transition.routes';
import { issueRoutes } from './routes/issue.routes';
import { permissionRoutes } from './routes/permission.routes';
import { projectRoutes } from './routes/project.routes';
import { searchRoutes } from './routes/search.routes';
import { serverInfoRoutes } from './routes/server-info.routes';
import { serviceDeskRoutes } from './routes/servicedesk.routes';
import { userRoutes } from './routes/user.routes';
import { seedSite } from './seed-site';

export type {
  DemoUser,
  FaultControl,
  FaultSettings,
  JiraChangeItem,
  JiraEmulator,
  JiraEmulatorOptions,
  JiraProductEvent,
  NotificationRecipient,
  NotificationRecord,
} from './emulator.types';
export { DEMO_ACCOUNTS } from './seed-site-people';
export { BASE_ISSUE_TYPES, BASE_PROJECT, BASE_SERVICE_DESK_ID, BASE_STATUSES, BASE_TRANSITIONS } from './seed-site';

const allRoutes = (site: JiraSite): Route[] => [
  ...issueRoutes(site),
  ...issueTransitionRoutes(site),
  ...issueCommentRoutes(site),
  ...issuePropertyRoutes(site),
  ...issueChangelogRoutes(site),
  ...issueNotifyRoutes(site),
  ...issueLinkRoutes(site),
  ...searchRoutes(site),
  ...userRoutes(site),
  ...permissionRoutes(site),
  ...projectRoutes(site),
  ...serverInfoRoutes(site),
  ...serviceDeskRoutes(site),
];

function resetSite(site: JiraSite): void {
  rebuildSchema(site.db);
  seedSite(site);
}

/**
 * A small Jira Cloud with Service Management over SQLite. A database that already holds a site
 * for this app (a sandbox data file) is kept as it is; an empty or outdated one gets the base site.
 */
export function createJiraEmulator(options: JiraEmulatorOptions): JiraEmulator {
  const site = openSite(options);
  if (!hasCurrentSchema(site.db) || site.users.byAccountId(options.appAccountId) === null) resetSite(site);
  const faults = faultInjector();
  return {
    handle: jiraDispatcher(site, allRoutes(site), faults),
    faults: {
      set: (settings) => {
        faults.set(settings);
      },
      get: () => faults.get(),
      clear: () => {
        faults.clear();
      },
    },
    outbox: () => site.outbox.all(),
    reset: () => {
      resetSite(site);
    },
    users: (): DemoUser[] =>
      site.users.all().flatMap((user) =>
        user.accountType === 'app' || user.email === null
          ? []
          : [
              {
                accountId: user.accountId,
                accountType: user.accountType,
                displayName: user.displayName,
                email: user.email,
                roleLabel: user.roleLabel,
                locale: user.locale,
                timeZone: user.timeZone,
              },
            ],
      ),
  };
}
