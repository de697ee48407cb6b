import type { Database } from 'better-sqlite3';
import type { JiraProductEvent } from './emulator.types';
import { permissionChecker, type PermissionChecker } from './permissions/permission-checker';
import { catalogStore, type CatalogStore } from './store/catalog-store';
import { commentStore, type CommentStore } from './store/comment-store';
import { appExtensionStore, type AppExtensionStore } from './store/app-extension-store';
import { customFieldStore, type CustomFieldStore } from './store/custom-field-store';
import { fieldContextStore, type FieldContextStore } from './store/field-context-store';
import { historyStore, type HistoryStore } from './store/history-store';
import { issueStore, type IssueStore } from './store/issue-store';
import { issueTypeSchemeStore, type IssueTypeSchemeStore } from './store/issue-type-scheme-store';
import { linkStore, type LinkStore } from './store/link-store';
import { outboxStore, type OutboxStore } from './store/outbox-store';
import { permissionStore, type PermissionStore } from './store/permission-store';
import { projectStore, type ProjectStore } from './store/project-store';
import { propertyStore, type PropertyStore } from './store/property-store';
import { screenSchemeStore, type ScreenSchemeStore } from './store/screen-scheme-store';
import { screenStore, type ScreenStore } from './store/screen-store';
import { sequenceStore, type NextId } from './store/sequence-store';
import { serviceDeskStore, type ServiceDeskStore } from './store/service-desk-store';
import { statusStore, type StatusStore } from './store/status-store';
import { taskStore, type TaskStore } from './store/task-store';
import { userStore, type UserStore } from './store/user-store';
import { workflowSchemeStore, type WorkflowSchemeStore } from './store/workflow-scheme-store';
import { workflowStore, type WorkflowStore } from './store/workflow-store';

/** Everything the route handlers work with: the stores over one database, the clock and the event sink. */
export interface JiraSite {
  readonly db: Database;
  readonly now: () => number;
  readonly appAccountId: string;
  readonly nextId: NextId;
  readonly users: UserStore;
  readonly grants: PermissionStore;
  readonly permissions: PermissionChecker;
  readonly projects: ProjectStore;
  readonly catalog: CatalogStore;
  readonly issueTypeSchemes: IssueTypeSchemeStore;
  readonly statuses: StatusStore;
  readonly workflows: WorkflowStore;
  readonly workflowSchemes: WorkflowSchemeStore;
  readonly customFields: CustomFieldStore;
  readonly fieldContexts: FieldContextStore;
  readonly screens: ScreenStore;
  readonly screenSchemes: ScreenSchemeStore;
  readonly extensions: AppExtensionStore;
  readonly tasks: TaskStore;
  readonly serviceDesks: ServiceDeskStore;
  readonly issues: IssueStore;
  readonly history: HistoryStore;
  readonly comments: CommentStore;
  readonly properties: PropertyStore;
  readonly links: LinkStore;
  readonly outbox: OutboxStore;
  readonly emit: (event: JiraProductEvent) => void;
}

export interface SiteOptions {
  readonly db: Database;
  readonly now: () => number;
  readonly appAccountId: string;
  readonly onEvent: (event: JiraProductEvent) => void;
}

export function openSite(options: SiteOptions): JiraSite {
  const { db } = options;
  const users = userStore(db);
  const grants = permissionStore(db);
  return {
    db,
    now: options.now,
    appAccountId: options.appAccountId,
    nextId: sequenceStore(db),
    users,
    grants,
    permissions: permissionChecker(users, grants),
    projects: projectStore(db),
    catalog: catalogStore(db),
    issueTypeSchemes: issueTypeSchemeStore(db),
    statuses: statusStore(db),
    workflows: workflowStore(db),
    workflowSchemes: workflowSchemeStore(db),
    customFields: customFieldStore(db),
    fieldContexts: fieldContextStore(db),
    screens: screenStore(db),
    screenSchemes: screenSchemeStore(db),
    extensions: appExtensionStore(db),
    tasks: taskStore(db),
    serviceDesks: serviceDeskStore(db),
    issues: issueStore(db),
    history: historyStore(db),
    comments: commentStore(db),
    properties: propertyStore(db),
    links: linkStore(db),
    outbox: outboxStore(db),
    emit: options.onEvent,
  };
}
