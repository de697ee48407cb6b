import type { z } from 'zod';
import type {
  BulkChangelogResponseSchema,
  ChangelogSchema,
  CommentSchema,
  CreatedIssueSchema,
  DashboardUserSchema,
  EntityPropertySchema,
  GroupNameSchema,
  IssueLinkSchema,
  IssueLinkTypeSchema,
  IssueLinkTypesSchema,
  IssueSchema,
  IssueTransitionSchema,
  IssueTypeDetailsSchema,
  JQLCountResultsSchema,
  PageChangelogSchema,
  PageOfCreateMetaIssueTypesSchema,
  PageOfCreateMetaIssueTypeWithFieldSchema,
  PageOfCommentsSchema,
  PageProjectSchema,
  PageUserDetailsSchema,
  PermissionsSchema,
  PrioritySchema,
  ProjectComponentSchema,
  ProjectSchema,
  PropertyKeysSchema,
  ResolutionSchema,
  SearchAndReconcileResultsSchema,
  ServerInformationSchema,
  StatusDetailsSchema,
  TransitionsSchema,
  UserDetailsSchema,
} from 'jira.js/cloud';
import type {
  CustomerRequestCreateMetaSchema,
  CustomerRequestSchema,
  PagedCustomerRequestSchema,
  PagedRequestTypeGroupSchema,
  PagedRequestTypeSchema,
  PagedServiceDeskSchema,
  PagedUserSchema,
  RequestTypeSchema,
  ServiceDeskSchema,
} from 'jira.js/serviceDesk';

/*
 * Response shapes as jira.js's schemas (generated from Atlassian's OpenAPI) accept them on the
 * wire: `z.input`, because dates travel as strings and are parsed by the client.
 */
export type BulkChangelogJson = z.input<typeof BulkChangelogResponseSchema>;
export type ChangelogJson = z.input<typeof ChangelogSchema>;
export type CommentJson = z.input<typeof CommentSchema>;
export type CreatedIssueJson = z.input<typeof CreatedIssueSchema>;
export type DashboardUserJson = z.input<typeof DashboardUserSchema>;
export type EntityPropertyJson = z.input<typeof EntityPropertySchema>;
export type GroupNameJson = z.input<typeof GroupNameSchema>;
export type IssueLinkJson = z.input<typeof IssueLinkSchema>;
export type IssueLinkTypeJson = z.input<typeof IssueLinkTypeSchema>;
export type IssueLinkTypesJson = z.input<typeof IssueLinkTypesSchema>;
export type IssueJson = z.input<typeof IssueSchema>;
export type IssueTransitionJson = z.input<typeof IssueTransitionSchema>;
export type IssueTypeJson = z.input<typeof IssueTypeDetailsSchema>;
export type CountJson = z.input<typeof JQLCountResultsSchema>;
export type PageChangelogJson = z.input<typeof PageChangelogSchema>;
export type CreateMetaIssueTypesJson = z.input<typeof PageOfCreateMetaIssueTypesSchema>;
export type CreateMetaFieldsJson = z.input<typeof PageOfCreateMetaIssueTypeWithFieldSchema>;
export type PageOfCommentsJson = z.input<typeof PageOfCommentsSchema>;
export type PageProjectJson = z.input<typeof PageProjectSchema>;
export type PageUserDetailsJson = z.input<typeof PageUserDetailsSchema>;
export type PermissionsJson = z.input<typeof PermissionsSchema>;
export type PriorityJson = z.input<typeof PrioritySchema>;
export type ProjectComponentJson = z.input<typeof ProjectComponentSchema>;
export type ProjectJson = z.input<typeof ProjectSchema>;
export type PropertyKeysJson = z.input<typeof PropertyKeysSchema>;
export type ResolutionJson = z.input<typeof ResolutionSchema>;
export type SearchResultsJson = z.input<typeof SearchAndReconcileResultsSchema>;
export type ServerInformationJson = z.input<typeof ServerInformationSchema>;
export type StatusJson = z.input<typeof StatusDetailsSchema>;
export type TransitionsJson = z.input<typeof TransitionsSchema>;
export type UserDetailsJson = z.input<typeof UserDetailsSchema>;
export type CustomerRequestJson = z.input<typeof CustomerRequestSchema>;
export type CustomerRequestCreateMetaJson = z.input<typeof CustomerRequestCreateMetaSchema>;
export type PagedCustomerRequestJson = z.input<typeof PagedCustomerRequestSchema>;
export type PagedRequestTypeGroupJson = z.input<typeof PagedRequestTypeGroupSchema>;
export type PagedUserJson = z.input<typeof PagedUserSchema>;
export type PagedRequestTypeJson = z.input<typeof PagedRequestTypeSchema>;
export type PagedServiceDeskJson = z.input<typeof PagedServiceDeskSchema>;
export type RequestTypeJson = z.input<typeof RequestTypeSchema>;
export type ServiceDeskJson = z.input<typeof ServiceDeskSchema>;
