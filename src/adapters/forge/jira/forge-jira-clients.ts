import { recordRateLimit } from '../rate-limit-pause';
import { createCloudCalls, createServiceDeskCalls, type CloudCalls, type ServiceDeskCalls } from './jira-calls';
import { createForgeJiraTransport, type ForgeJiraOptions, type JiraActor } from './forge-jira-transport';

/** The app's Jira platform calls (REST v3), through Forge's requestJira; a 429 pauses the installation's sends. */
export const createForgeCloudClient = async (actor: JiraActor, options?: ForgeJiraOptions): Promise<CloudCalls> =>
  Promise.resolve(createCloudCalls(createForgeJiraTransport(actor, { onRateLimited: recordRateLimit, ...options })));

/** The app's Service Management calls (`/rest/servicedeskapi`), through Forge's requestJira; a 429 pauses the installation's sends. */
export const createForgeServiceDeskClient = async (actor: JiraActor, options?: ForgeJiraOptions): Promise<ServiceDeskCalls> =>
  Promise.resolve(createServiceDeskCalls(createForgeJiraTransport(actor, { onRateLimited: recordRateLimit, ...options })));
