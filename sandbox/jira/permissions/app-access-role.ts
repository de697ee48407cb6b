import type { JiraSite } from '../jira-site';

/**
 * The project role through which Jira Cloud gives installed apps their project permissions:
 * installing an app makes its user an actor of this role in every project, and permission
 * schemes grant the role their permissions. The app's scopes, not the scheme, then bound what it
 * may call at all.
 */
export const APP_ACCESS_ROLE = { id: '10003', name: 'atlassian-addons-project-access' } as const;

/** What installing an app does to project roles: its user joins the apps' role in every project. */
export function addAppToProjectRoles(site: JiraSite): void {
  for (const project of site.projects.all()) site.grants.addRoleActor(project.id, APP_ACCESS_ROLE.id, site.appAccountId);
}
