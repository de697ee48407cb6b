import { hasCurrentSchema, rebuildSchema } from './db/site-schema';
import type { DemoUser, JiraEmulator, JiraEmulatorOptions } from './emulator.types';
import { faultInjector } from './faults/fault-control';
import { jiraDispatcher } from './http/jira-dispatcher';
import type { Route } from './http/jira-request';
import { openSite, type JiraSite } from './jira-site';
import { installForgeApp } from './apps/install-forge-app';
import { appFieldValueRoutes } from './routes/app-field-value.routes';
import { fieldContextRoutes } from './routes/field-context.routes';
import { fieldOptionRoutes } from './routes/field-option.routes';
import { fieldRoutes } from './routes/field.routes';
import { issueChangelogRoutes } from './routes/issue-changelog.routes';
import { issueCommentRoutes } from './routes/issue-comment.routes';
import { issueLinkRoutes } from './routes/issue-link.routes';
import { issueNotifyRoutes } from './routes/issue-notify.routes';
import { issuePropertyRoutes } from './routes/issue-property.routes';
import { issueCreateMetaRoutes } from './routes/issue-createmeta.routes';
import { issueTransitionRoutes } from './routes/issue-transition.routes';
import { issueTypeSchemeRoutes } from './routes/issue-type-scheme.routes';
import { issueTypeRoutes } from './routes/issue-type.routes';
import { issueRoutes } from './routes/issue.routes';
import { permissionSchemeRoutes } from './routes/permission-scheme.routes';
import { permissionRoutes } from './routes/permission.routes';
import { projectRoutes } from './routes/project.routes';
import { screenSchemeRoutes } from './routes/screen-scheme.routes';
import { screenRoutes } from './routes/screen.routes';
import { searchRoutes } from './routes/search.routes';
import { appFunctionPrecomputations } from './search/app-function-precomputations';
import { serverInfoRoutes } from './routes/server-info.routes';
import { customerRequestRoutes } from './routes/customer-request.routes';
import { serviceDeskRoutes } from './routes/servicedesk.routes';
import { statusRoutes } from './routes/status.routes';
import { userRoutes } from './routes/user.routes';
import { workflowSchemeUpdateRoutes } from './routes/workflow-scheme-update.routes';
import { workflowSchemeRoutes } from './routes/workflow-scheme.routes';
import { workflowRoutes } from './routes/workflow.routes';
import { showOnPortal } from './portal-settings';
import { seedSite } from './seed-site';

export type { ForgeAppInstallation } from './apps/install-forge-app';
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
  PortalPlacement,
} from './emulator.types';
export { DEMO_ACCOUNTS } from './seed-site-people';
export { BASE_PERMISSION_SCHEME, BASE_PROJECT, BASE_SERVICE_DESK_ID } from './seed-site';
export { APP_ACCESS_ROLE } from './permissions/app-access-role';
export { BASE_ISSUE_TYPES, BASE_SCHEMES, BASE_STATUSES, BASE_TRANSITIONS, BASE_WORKFLOWS } from './seed-site-config';

const allRoutes = (site: JiraSite, options: JiraEmulatorOptions): Route[] => [
  ...issueRoutes(site),
  ...issueCreateMetaRoutes(site),
  ...issueTransitionRoutes(site),
  ...issueCommentRoutes(site),
  ...issuePropertyRoutes(site),
  ...issueChangelogRoutes(site),
  ...issueNotifyRoutes(site),
  ...issueLinkRoutes(site),
  ...searchRoutes(site, appFunctionPrecomputations(site, options.invokeApp)),
  ...userRoutes(site),
  ...permissionRoutes(site),
  ...permissionSchemeRoutes(site),
  ...projectRoutes(site),
  ...serverInfoRoutes(site),
  ...serviceDeskRoutes(site),
  ...customerRequestRoutes(site),
  ...issueTypeRoutes(site),
  ...issueTypeSchemeRoutes(site),
  ...statusRoutes(site),
  ...workflowRoutes(site),
  ...workflowSchemeRoutes(site),
  ...workflowSchemeUpdateRoutes(site),
  ...fieldRoutes(site),
  ...fieldContextRoutes(site),
  ...fieldOptionRoutes(site),
  ...screenRoutes(site),
  ...screenSchemeRoutes(site),
  ...appFieldValueRoutes(site),
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
  const faults = faultInjector(site.now);
  return {
    handle: jiraDispatcher(site, allRoutes(site, options), faults),
    faults: {
      set: (settings) => {
        faults.set(settings);
      },
      get: () => faults.get(),
      clear: () => {
        faults.clear();
      },
      answeredAfterWork: () => faults.answeredAfterWork(),
    },
    outbox: () => site.outbox.all(),
    installApp: (installation) => {
      installForgeApp(site, installation);
    },
    showOnPortal: (placement) => {
      showOnPortal(site, placement);
    },
    reset: () => {
      resetSite(site);
      faults.forgetAfterWork();
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
