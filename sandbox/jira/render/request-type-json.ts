import type { RequestTypeRecord, ServiceDeskRecord } from '../store/service-desk-store';
import type { ProjectRecord } from '../store/project-store';
import type { RequestTypeJson, ServiceDeskJson } from './jira-models';

export const serviceDeskJson = (serviceDesk: ServiceDeskRecord, project: ProjectRecord, baseUrl: string) =>
  ({
    id: serviceDesk.id,
    projectId: project.id,
    projectName: project.name,
    projectKey: project.key,
    _links: { self: `${baseUrl}/rest/servicedeskapi/servicedesk/${serviceDesk.id}` },
  }) satisfies ServiceDeskJson;

export const requestTypeJson = (requestType: RequestTypeRecord, baseUrl: string) =>
  ({
    _expands: ['field'],
    id: requestType.id,
    _links: {
      self: `${baseUrl}/rest/servicedeskapi/servicedesk/${requestType.serviceDeskId}/requesttype/${requestType.id}`,
    },
    name: requestType.name,
    description: requestType.description,
    helpText: requestType.helpText,
    issueTypeId: requestType.issueTypeId,
    serviceDeskId: requestType.serviceDeskId,
    // The emulator gives each service desk one portal with the same id.
    portalId: requestType.serviceDeskId,
    groupIds: [...requestType.groupIds],
  }) satisfies RequestTypeJson;

/** The Request Type field's value on an issue. */
export const requestTypeRefJson = (requestType: RequestTypeRecord, baseUrl: string) => ({
  requestType: requestTypeJson(requestType, baseUrl),
});
