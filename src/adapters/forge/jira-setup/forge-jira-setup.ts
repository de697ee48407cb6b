import type { JiraSetup } from '../../../ports/setup/jira-setup';
import { createForgeJiraTransport } from '../jira/forge-jira-transport';
import { createJiraSetupAdapter } from './jira-setup.adapter';

/**
 * Set up project's Jira, as the app: configuration needs Administer Jira, which the app holds
 * through manage:jira-configuration; the resolver checks the admin's own permission first.
 */
export const createForgeJiraSetup = async (): Promise<JiraSetup> => {
  const transport = createForgeJiraTransport('app');
  // jira.js is ESM only; a dynamic import loads it from CommonJS (see ../jira/forge-jira-clients.ts).
  const { createCloudClient, createServiceDeskClient } = await import('jira.js');
  return createJiraSetupAdapter({ cloud: createCloudClient(transport), serviceDesk: createServiceDeskClient(transport), transport });
};
