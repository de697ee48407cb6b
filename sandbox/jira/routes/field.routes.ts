import { objectBody, stringProp } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { allFields, customFieldDefinition, isSupportedCustomFieldType } from '../fields/field-catalog';
import { insertCustomField } from '../fields/insert-custom-field';
import type { JiraSite } from '../jira-site';
import { requireAdmin } from '../permissions/require-admin';
import { fieldJson } from '../render/field-json';
import type { CustomFieldRecord } from '../store/custom-field-store';

function listFields(site: JiraSite) {
  const records = new Map(site.customFields.all().map((field) => [field.id, field]));
  return ok(allFields([...records.values()]).map((def) => fieldJson(def, records.get(def.id) ?? null)));
}

function createField(site: JiraSite, req: JiraRequest) {
  requireAdmin(site, req.caller);
  const body = objectBody(req.body);
  const name = stringProp(body, 'name')?.trim() ?? '';
  const type = stringProp(body, 'type') ?? '';
  if (name === '') throw badRequest('The custom field name must not be empty.');
  if (!isSupportedCustomFieldType(type)) throw badRequest(`The custom field type '${type}' is not supported.`);
  const field: CustomFieldRecord = {
    id: `customfield_${site.nextId('customfield')}`,
    name,
    description: stringProp(body, 'description') ?? '',
    typeKey: type,
    searcherKey: stringProp(body, 'searcherKey'),
    valueType: null,
    readOnly: false,
  };
  site.db.transaction(() => {
    insertCustomField(site, field);
  })();
  return created(fieldJson(customFieldDefinition(field), field));
}

/** The custom field named by a path, or Jira's 404. */
export function customFieldOf(site: JiraSite, fieldId: string): CustomFieldRecord {
  const field = site.customFields.byId(fieldId);
  if (field === null) throw notFound(`The custom field was not found.`);
  return field;
}

export const fieldRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/field', handler: () => listFields(site) },
  { method: 'POST', family: 'api', pattern: '/field', handler: (req) => createField(site, req) },
];
