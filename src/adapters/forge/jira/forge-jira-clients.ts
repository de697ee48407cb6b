import { createCloudCalls, createServiceDeskCalls, type CloudCalls, type ServiceDeskCalls } from './jira-calls';
import { createForgeJiraTransport, type ForgeJiraOptions, type JiraActor } from './forge-jira-transport';

/** The app's Jira platform calls (REST v3), through Forge's requestJira. */
export const createForgeCloudClient = async (actor: JiraActor, options?: ForgeJiraOptions): Promise<CloudCalls> =>
  Promise.resolve(createCloudCalls(createForgeJiraTransport(actor, options)));

/** The app's Service Management calls (`/rest/servicedeskapi`), through Forge's requestJira. */
export const createForgeServiceDeskClient = async (actor: JiraActor, options?: ForgeJiraOptions): Promise<ServiceDeskCalls> =>
  Promise.resolve(createServiceDeskCalls(createForgeJiraTransport(actor, options)));
