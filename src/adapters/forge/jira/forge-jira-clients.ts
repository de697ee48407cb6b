import type { CloudClient, ServiceDeskClient } from 'jira.js';
import { recordRateLimit } from '../rate-limit-pause';
import { createForgeJiraTransport, type ForgeJiraOptions, type JiraActor } from './forge-jira-transport';

// jira.js ships only ESM with "import"-only exports, which a CommonJS require cannot resolve
// (the sandbox runs the app under tsx on Node 20). A dynamic import resolves it everywhere:
// tsx, jest and the Forge bundler. Loaded once, on first use.
let jiraJs: Promise<typeof import('jira.js')> | undefined;
const loadJiraJs = (): Promise<typeof import('jira.js')> => (jiraJs ??= import('jira.js'));

/** A jira.js Cloud platform client (REST v3) whose calls go through Forge's requestJira; a 429 pauses the installation's sends. */
export const createForgeCloudClient = async (actor: JiraActor, options?: ForgeJiraOptions): Promise<CloudClient> =>
  (await loadJiraJs()).createCloudClient(createForgeJiraTransport(actor, { onRateLimited: recordRateLimit, ...options }));

/** A jira.js Service Management client (`/rest/servicedeskapi`) whose calls go through Forge's requestJira. */
export const createForgeServiceDeskClient = async (actor: JiraActor, options?: ForgeJiraOptions): Promise<ServiceDeskClient> =>
  (await loadJiraJs()).createServiceDeskClient(createForgeJiraTransport(actor, { onRateLimited: recordRateLimit, ...options }));
