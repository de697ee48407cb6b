import { z } from 'zod';
import type { JiraAnswer, JiraClient } from './jira-client';
import { screenField, type ScreenField } from './screen-field';

/*
 * What the portal pages read from JSM's REST API as the signed-in customer, as JSM's own portal
 * does: their requests, the desks' request type groups and types, and a type's fields.
 */

const jsmPage = <T extends z.ZodType>(item: T) => z.object({ size: z.number(), isLastPage: z.boolean(), values: z.array(item) }).loose();

const requestSchema = z
  .object({
    issueKey: z.string(),
    requestTypeId: z.string().optional(),
    serviceDeskId: z.string(),
    createdDate: z.object({ epochMillis: z.number(), friendly: z.string() }).loose(),
    requestFieldValues: z.array(z.object({ fieldId: z.string(), label: z.string(), value: z.unknown() }).loose()),
    currentStatus: z.object({ status: z.string(), statusCategory: z.string() }).loose().optional(),
  })
  .loose();
export type PortalRequest = z.infer<typeof requestSchema>;

const deskSchema = z.object({ id: z.string(), projectName: z.string() }).loose();
const groupSchema = z.object({ id: z.string(), name: z.string() }).loose();
const typeSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), serviceDeskId: z.string(), groupIds: z.array(z.string()) }).loose();
export type PortalRequestType = z.infer<typeof typeSchema>;

const fieldsSchema = z.object({
  requestTypeFields: z.array(
    z
      .object({
        fieldId: z.string(),
        name: z.string(),
        required: z.boolean(),
        jiraSchema: z.object({ type: z.string(), items: z.string().optional(), system: z.string().optional(), custom: z.string().optional() }).loose(),
        validValues: z.array(z.object({ value: z.string(), label: z.string() }).loose()),
      })
      .loose(),
  ),
});

/** Every item of a JSM-paged list (`start`, `limit`, `isLastPage`); the first refusal is returned instead. */
async function everyItem<T extends z.ZodType>(client: JiraClient, path: string, item: T): Promise<z.infer<T>[] | JiraAnswer> {
  const items: z.infer<T>[] = [];
  const separator = path.includes('?') ? '&' : '?';
  for (;;) {
    const answer = await client.get(`${path}${separator}start=${items.length}`);
    if (answer.status !== 200) return answer;
    const page = jsmPage(item).parse(answer.body);
    items.push(...page.values);
    if (page.isLastPage || page.values.length === 0) return items;
  }
}

/** `GET /request`: the viewer's own requests and those they take part in, JSM's default. */
export const myRequests = (client: JiraClient) => everyItem(client, '/rest/servicedeskapi/request', requestSchema);

export const requestOf = async (client: JiraClient, key: string): Promise<PortalRequest | JiraAnswer> => {
  const answer = await client.get(`/rest/servicedeskapi/request/${encodeURIComponent(key)}`);
  return answer.status === 200 ? requestSchema.parse(answer.body) : answer;
};

/** A desk's portal: its groups in order, each with the request types in it; a type in no group is not offered. */
export interface PortalGroup {
  readonly deskName: string;
  readonly name: string;
  readonly types: readonly PortalRequestType[];
}

export async function portalGroups(client: JiraClient): Promise<PortalGroup[]> {
  const desks = await everyItem(client, '/rest/servicedeskapi/servicedesk', deskSchema);
  if (!Array.isArray(desks)) return [];
  const perDesk = await Promise.all(
    desks.map(async (desk) => {
      const groups = await everyItem(client, `/rest/servicedeskapi/servicedesk/${desk.id}/requesttypegroup`, groupSchema);
      const types = await everyItem(client, `/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`, typeSchema);
      if (!Array.isArray(groups) || !Array.isArray(types)) return [];
      return groups.map((group) => ({ deskName: desk.projectName, name: group.name, types: types.filter((type) => type.groupIds.includes(group.id)) }));
    }),
  );
  return perDesk.flat().filter((group) => group.types.length > 0);
}

/** The request type the portal offers under this id, or null when it offers none. */
export const offeredType = (groups: readonly PortalGroup[], requestTypeId: string): PortalRequestType | null =>
  groups.flatMap((group) => group.types).find((type) => type.id === requestTypeId) ?? null;

/** The type's request form, as `…/requesttype/{id}/field` describes it, in the shape the screen inputs take. */
export async function requestTypeForm(client: JiraClient, type: PortalRequestType): Promise<ScreenField[] | JiraAnswer> {
  const answer = await client.get(`/rest/servicedeskapi/servicedesk/${type.serviceDeskId}/requesttype/${type.id}/field`);
  if (answer.status !== 200) return answer;
  return fieldsSchema.parse(answer.body).requestTypeFields.map((field) =>
    screenField(field.fieldId, {
      name: field.name,
      required: field.required,
      schema: field.jiraSchema,
      allowedValues: field.validValues.map((value) => ({ id: value.value, value: value.label })),
    }),
  );
}
