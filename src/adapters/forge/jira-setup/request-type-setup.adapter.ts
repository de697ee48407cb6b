import type { ServiceDeskCalls } from '../jira/jira-calls';
import type { Client } from 'jira.js/core';
import * as z from 'zod';
import type { RequestTypeSetup } from '../../../ports/setup/request-type-setup.port';
import { allPages, present } from './jira-answers';

const createdRequestType = z.object({ id: z.string(), name: z.string(), issueTypeId: z.string() }).loose();

/**
 * The service desk's request types. jira.js has no call for creating one, so
 * `POST /rest/servicedeskapi/servicedesk/{id}/requesttype` goes through the transport.
 */
export const requestTypeSetup = (serviceDesk: ServiceDeskCalls, transport: Client): RequestTypeSetup => ({
  serviceDeskOf: async (projectId) => {
    const desks = await allPages((start) => serviceDesk.servicedesk.getServiceDesks({ start }));
    return desks.find((d) => d.projectId === projectId)?.id ?? null;
  },
  requestTypes: async (serviceDeskId) =>
    (await allPages((start) => serviceDesk.servicedesk.getRequestTypes({ serviceDeskId, start }))).map((t) => ({
      id: present(t.id, 'request type id'),
      name: present(t.name, 'request type name'),
      issueTypeId: present(t.issueTypeId, 'request type issue type'),
      groupIds: t.groupIds ?? [],
    })),
  createRequestType: async (serviceDeskId, spec) => {
    const made = createdRequestType.parse(
      await transport.sendRequest({
        url: `/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}/requesttype`,
        method: 'POST',
        // Creating a request type is one of Jira Service Management's experimental endpoints.
        headers: { 'X-ExperimentalApi': 'opt-in' },
        body: spec,
      }),
    );
    // Jira creates it in no portal group, hidden from the portal.
    return { id: made.id, name: made.name, issueTypeId: made.issueTypeId, groupIds: [] };
  },
});
