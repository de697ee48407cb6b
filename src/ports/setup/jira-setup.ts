import type { ProjectLookup } from './project-lookup.port';
import type { IssueTypeSetup } from './issue-type-setup.port';
import type { StatusSetup } from './status-setup.port';
import type { FieldSetup } from './field-setup.port';
import type { ScreenSetup } from './screen-setup.port';
import type { ScreenSchemeSetup } from './screen-scheme-setup.port';
import type { WorkflowSetup } from './workflow-setup.port';
import type { WorkflowSchemeSetup } from './workflow-scheme-setup.port';
import type { RequestTypeSetup } from './request-type-setup.port';

/** Everything Set up project asks of Jira's configuration API; each step takes only its own part. */
export type JiraSetup = ProjectLookup &
  IssueTypeSetup &
  StatusSetup &
  FieldSetup &
  ScreenSetup &
  ScreenSchemeSetup &
  WorkflowSetup &
  WorkflowSchemeSetup &
  RequestTypeSetup;
