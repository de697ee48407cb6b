import { createCloudClient, createServiceDeskClient, type CloudClient, type ServiceDeskClient } from 'jira.js';
import { z } from 'zod';

const captured = async (send: (sendRequest: (config: { schema?: unknown }) => Promise<never>) => Promise<unknown>): Promise<z.ZodType> => {
  let schema: unknown;
  await send((config) => {
    schema = config.schema;
    return Promise.resolve(undefined as never);
  });
  if (!(schema instanceof z.ZodType)) throw new Error('The call has no response schema');
  return schema;
};

/**
 * The schema jira.js validates a call's answer with, captured without sending the call: the
 * jest build of jira.js cannot load its model index directly. For endpoints jira.js does not
 * wrap, a sibling call's schema checks the answer instead.
 */
export const responseSchemaOf = (call: (client: CloudClient) => Promise<unknown>): Promise<z.ZodType> =>
  captured((sendRequest) => call(createCloudClient({ sendRequest })));

export const serviceDeskSchemaOf = (call: (client: ServiceDeskClient) => Promise<unknown>): Promise<z.ZodType> =>
  captured((sendRequest) => call(createServiceDeskClient({ sendRequest })));
