import { REQUEST_PARTICIPANTS_FIELD } from './fields/well-known-fields';
import type { JiraSite } from './jira-site';
import { addAppToProjectRoles, APP_ACCESS_ROLE } from './permissions/app-access-role';
import { PERMISSIONS, type ProjectPermission } from './permissions/permission-catalog';
import type { HolderType } from './store/permission-store';
import { BASE_ISSUE_TYPES, BASE_SCHEMES, seedSiteConfig } from './seed-site-config';
import { appUser, DEMO_ACCOUNTS, DEMO_PEOPLE, demoGroups } from './seed-site-people';

export const BASE_PROJECT = { id: '10000', key: 'CMP', name: 'Customer Complaints' } as const;
export const BASE_SERVICE_DESK_ID = '1';
/** The permission scheme CMP uses, as Jira makes one for each service project. */
export const BASE_PERMISSION_SCHEME = { id: '10000', name: `Jira Service Management Permission Scheme for Project ${BASE_PROJECT.key}` } as const;

const AGENT_GROUP = 'jira-servicemanagement-users';
const ADMIN_GROUP = 'jira-administrators';
const APP_GROUP = 'atlassian-addons-admin';

/** What agents may do in the service project; admins also administer it. */
const AGENT_PERMISSIONS: readonly ProjectPermission[] = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'ASSIGN_ISSUES',
  'RESOLVE_ISSUES',
  'ADD_COMMENTS',
  'ASSIGNABLE_USER',
  'LINK_ISSUES',
  'MODIFY_REPORTER',
  'TRANSITION_ISSUES',
  'SERVICEDESK_AGENT',
];

/** JSM's portal access: customers see and comment on the requests they raised or take part in. */
const CUSTOMER_PERMISSIONS: readonly ProjectPermission[] = ['BROWSE_PROJECTS', 'ADD_COMMENTS'];

function seedPeople(site: JiraSite): void {
  for (const user of [...DEMO_PEOPLE, appUser(site.appAccountId)]) site.users.insert(user);
  for (const group of demoGroups(site.appAccountId)) {
    site.users.insertGroup({ groupId: group.groupId, name: group.name });
    for (const accountId of group.members) site.users.addMember(group.groupId, accountId);
  }
  for (const group of [ADMIN_GROUP, APP_GROUP]) site.grants.grantGlobal('ADMINISTER', group);
  for (const group of [ADMIN_GROUP, AGENT_GROUP, APP_GROUP]) site.grants.grantGlobal('USER_PICKER', group);
}

/** Jira's default priorities, resolutions and issue link types. */
function seedCatalog(site: JiraSite): void {
  const priorities = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
  for (const [index, name] of priorities.entries()) {
    site.catalog.insertPriority({ id: String(index + 1), name, iconName: name.toLowerCase(), isDefault: name === 'Medium' });
  }
  site.catalog.insertResolution({ id: '10000', name: 'Done', description: 'Work has been completed on this issue.' });
  site.catalog.insertResolution({ id: '10001', name: "Won't Do", description: 'This issue won\'t be actioned.' });
  site.catalog.insertResolution({ id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' });
  site.catalog.insertResolution({ id: '10003', name: 'Cannot Reproduce', description: 'This issue couldn\'t be reproduced.' });
  site.catalog.insertLinkType({ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' });
  site.catalog.insertLinkType({ id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' });
  site.catalog.insertLinkType({ id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' });
  site.catalog.insertLinkType({ id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' });
}

/**
 * CMP's permission scheme: agents work on everything, admins also administer, customers browse
 * and comment on what they reported or take part in, and the app holds every project permission
 * through its role, as Jira grants it on installation.
 */
function seedPermissionScheme(site: JiraSite): void {
  const schemeId = BASE_PERMISSION_SCHEME.id;
  site.grants.insertScheme({ ...BASE_PERMISSION_SCHEME, description: 'The permission scheme of the service project.' });
  site.grants.insertRole({ ...APP_ACCESS_ROLE, description: 'The installed apps, which Jira gives project access through this role.' });
  const grant = (permission: ProjectPermission, holderType: HolderType, holderParameter: string | null = null): void => {
    site.grants.grant({ id: site.nextId('permissionGrant'), schemeId, permission, holderType, holderParameter });
  };
  for (const permission of AGENT_PERMISSIONS) {
    for (const group of [AGENT_GROUP, ADMIN_GROUP]) grant(permission, 'group', group);
  }
  grant('ADMINISTER_PROJECTS', 'group', ADMIN_GROUP);
  for (const permission of CUSTOMER_PERMISSIONS) {
    grant(permission, 'reporter');
    grant(permission, 'userCustomField', REQUEST_PARTICIPANTS_FIELD);
  }
  for (const { key, type } of PERMISSIONS) {
    if (type === 'PROJECT') grant(key as ProjectPermission, 'projectRole', APP_ACCESS_ROLE.id);
  }
}

function seedServiceProject(site: JiraSite): void {
  const projectId = BASE_PROJECT.id;
  site.projects.insert({
    ...BASE_PROJECT,
    description: 'Complaints from our customers, taken by phone, e-mail, portal or in person.',
    projectTypeKey: 'service_desk',
    leadAccountId: DEMO_ACCOUNTS.admin,
    workflowSchemeId: BASE_SCHEMES.workflowScheme,
    issueTypeSchemeId: BASE_SCHEMES.projectIssueTypeScheme,
    issueTypeScreenSchemeId: BASE_SCHEMES.projectIssueTypeScreenScheme,
    permissionSchemeId: BASE_PERMISSION_SCHEME.id,
  });
  seedPermissionScheme(site);
  site.catalog.addIssueTypeToProject(projectId, BASE_ISSUE_TYPES.task);
  site.catalog.addIssueTypeToProject(projectId, BASE_ISSUE_TYPES.serviceRequest);
  const components = [
    { name: 'Billing', leadAccountId: DEMO_ACCOUNTS.billingLead, description: 'Invoices, payments and refunds.' },
    { name: 'Delivery', leadAccountId: DEMO_ACCOUNTS.deliveryLead, description: 'Shipping and couriers.' },
    { name: 'Support', leadAccountId: DEMO_ACCOUNTS.supportLead, description: 'The help desk and its staff.' },
  ];
  for (const component of components) {
    site.projects.insertComponent({ ...component, id: site.nextId('component'), projectId, assigneeType: 'PROJECT_DEFAULT' });
  }
  // The base site's app user stands for an app already installed.
  addAppToProjectRoles(site);
  site.serviceDesks.insert({ id: BASE_SERVICE_DESK_ID, projectId });
  // A project made from a JSM template shows its request types on the portal in a group.
  site.serviceDesks.insertGroup({ id: '1', serviceDeskId: BASE_SERVICE_DESK_ID, name: 'Common requests' });
  site.serviceDesks.insertRequestType({
    id: '1',
    serviceDeskId: BASE_SERVICE_DESK_ID,
    issueTypeId: BASE_ISSUE_TYPES.serviceRequest,
    name: 'General request',
    description: 'Tell us what went wrong and we will look into it.',
    helpText: 'Please give as much detail as you can.',
    groupIds: ['1'],
  });
}

/** An empty JSM site: one service project with components, users and groups, and no issues. */
export function seedSite(site: JiraSite): void {
  site.db.transaction(() => {
    seedPeople(site);
    seedCatalog(site);
    seedSiteConfig(site);
    seedServiceProject(site);
  })();
}
