import type { JiraSetup } from '../../../ports/setup/jira-setup';
import { createForgeJiraTransport } from '../jira/forge-jira-transport';
import { createCloudCalls, createServiceDeskCalls } from '../jira/jira-calls';
import { createJiraSetupAdapter } from './jira-setup.adapter';

/**
 * Set up project's Jira, as the app: configuration needs Administer Jira, which the app holds
 * through manage:jira-configuration; the resolver checks the admin's own permission first.
 */
export const createForgeJiraSetup = (): Promise<JiraSetup> => {
  const transport = createForgeJiraTransport('app');
  return Promise.resolve(createJiraSetupAdapter({ cloud: createCloudCalls(transport), serviceDesk: createServiceDeskCalls(transport), transport }));
};
