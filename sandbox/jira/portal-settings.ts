import type { PortalPlacement } from './emulator.types';
import type { JiraSite } from './jira-site';

/**
 * Project settings → Portal settings → Request types, as the admin does it in JSM's UI: the
 * request type joins the named group (made at the end of the list when the desk has none of that
 * name). Throws for a request type the desk does not have, as the admin would not find it.
 */
export function showOnPortal(site: JiraSite, { serviceDeskId, requestTypeName, groupName }: PortalPlacement): void {
  const requestType = site.serviceDesks.requestTypes(serviceDeskId).find((type) => type.name === requestTypeName);
  if (requestType === undefined) throw new Error(`Service desk ${serviceDeskId} has no request type '${requestTypeName}'`);
  site.db.transaction(() => {
    let group = site.serviceDesks.groups(serviceDeskId).find((candidate) => candidate.name === groupName);
    if (group === undefined) {
      group = { id: site.nextId('requesttypegroup'), serviceDeskId, name: groupName };
      site.serviceDesks.insertGroup(group);
    }
    const groupId = group.id;
    if (!requestType.groupIds.includes(groupId)) site.serviceDesks.setRequestTypeGroups(requestType.id, [...requestType.groupIds, groupId]);
  })();
}
