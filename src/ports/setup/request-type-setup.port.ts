import type { RequestTypeRef } from './setup-shapes';

/** The service desk's Complaint request type. One method per Jira call (or paged listing). */
export interface RequestTypeSetup {
  /** `GET /servicedeskapi/servicedesk`: the project's service desk id, or null if it is not a service project. */
  serviceDeskOf(projectId: string): Promise<string | null>;
  /** `GET /servicedeskapi/servicedesk/{id}/requesttype`, every page. */
  requestTypes(serviceDeskId: string): Promise<RequestTypeRef[]>;
  /** `POST /servicedeskapi/servicedesk/{id}/requesttype`. */
  createRequestType(serviceDeskId: string, spec: { issueTypeId: string; name: string; description: string; helpText: string }): Promise<RequestTypeRef>;
}
