import type { CloudCalls, ServiceDeskCalls } from '../jira/jira-calls';
import type { Client } from 'jira.js/core';
import type { JiraSetup } from '../../../ports/setup/jira-setup';
import { fieldSetup } from './field-setup.adapter';
import { projectSetup } from './project-setup.adapter';
import { requestTypeSetup } from './request-type-setup.adapter';
import { screenSetup } from './screen-setup.adapter';
import { workflowSchemeSetup } from './workflow-scheme-setup.adapter';
import { workflowSetup } from './workflow-setup.adapter';

export interface SetupClients {
  readonly cloud: CloudCalls;
  readonly serviceDesk: ServiceDeskCalls;
  /** The transport under both clients, for the two calls jira.js lacks. */
  readonly transport: Client;
}

/** Set up project's view of Jira, over jira.js. */
export const createJiraSetupAdapter = ({ cloud, serviceDesk, transport }: SetupClients): JiraSetup => ({
  ...projectSetup(cloud),
  ...fieldSetup(cloud),
  ...screenSetup(cloud, transport),
  ...workflowSetup(cloud),
  ...workflowSchemeSetup(cloud),
  ...requestTypeSetup(serviceDesk, transport),
});
