import { isRecord, scalarText } from '../json-value';
import { objectBody } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { ok, type JiraRequest, type Route } from '../http/jira-request';
import { customFieldDefinition } from '../fields/field-catalog';
import type { JiraSite } from '../jira-site';
import { offsetPage } from '../render/page-json';
import type { FieldContextRecord } from '../store/field-context-store';
import type { FieldOptionRecord } from '../store/custom-field-store';
import { contextOf } from './field-context.routes';

const optionJson = (option: FieldOptionRecord) => ({ id: option.id, value: option.value, disabled: option.disabled });

/** The context, once it is known that its field takes options (select, radio, checkboxes). */
function optionContext(site: JiraSite, req: JiraRequest): FieldContextRecord {
  const context = contextOf(site, req);
  const field = site.customFields.byId(context.fieldId);
  const kind = field === null ? null : customFieldDefinition(field).kind;
  if (kind !== 'option' && kind !== 'options') throw badRequest('The custom field does not support options.');
  return context;
}

const entriesOf = (body: unknown): Readonly<Record<string, unknown>>[] => {
  const options = objectBody(body).options;
  if (!Array.isArray(options) || options.length === 0) throw badRequest('options must be provided.');
  return options.map((entry: unknown) => (isRecord(entry) ? entry : {}));
};

function listOptions(site: JiraSite, req: JiraRequest) {
  const context = optionContext(site, req);
  const wanted = req.query.get('optionId');
  const options = site.customFields.optionsOfContext(context.id).filter((option) => wanted === null || option.id === wanted);
  return ok(offsetPage(req, `/field/${context.fieldId}/context/${context.id}/option`, options.map(optionJson), { defaultSize: 100 }));
}

/** Option values are unique within a context, ignoring case, as Jira enforces. */
function createOptions(site: JiraSite, req: JiraRequest) {
  const context = optionContext(site, req);
  const taken = new Set(site.customFields.optionsOfContext(context.id).map((option) => option.value.toLowerCase()));
  const options = entriesOf(req.body).map((entry): FieldOptionRecord => {
    const value = typeof entry.value === 'string' ? entry.value.trim() : '';
    if (value === '') throw badRequest('An option value must not be empty.');
    if (taken.has(value.toLowerCase())) throw badRequest(`The option '${value}' already exists in this context.`);
    taken.add(value.toLowerCase());
    return { id: '', fieldId: context.fieldId, contextId: context.id, value, disabled: entry.disabled === true };
  });
  const saved = site.db.transaction(() =>
    options.map((option) => {
      const record = { ...option, id: site.nextId('fieldoption') };
      site.customFields.insertOption(record);
      return record;
    }),
  )();
  return ok({ options: saved.map(optionJson) });
}

function updateOptions(site: JiraSite, req: JiraRequest) {
  const context = optionContext(site, req);
  const updates = entriesOf(req.body).map((entry): FieldOptionRecord => {
    const option = site.customFields.optionById(scalarText(entry.id));
    if (option?.contextId !== context.id) throw notFound(`The option with ID '${scalarText(entry.id)}' was not found in this context.`);
    const value = typeof entry.value === 'string' && entry.value.trim() !== '' ? entry.value.trim() : option.value;
    return { ...option, value, disabled: typeof entry.disabled === 'boolean' ? entry.disabled : option.disabled };
  });
  site.db.transaction(() => {
    for (const option of updates) site.customFields.updateOption(option);
  })();
  return ok({ options: updates.map(optionJson) });
}

export const fieldOptionRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/field/:fieldId/context/:contextId/option', handler: (req) => listOptions(site, req) },
  { method: 'POST', family: 'api', pattern: '/field/:fieldId/context/:contextId/option', handler: (req) => createOptions(site, req) },
  { method: 'PUT', family: 'api', pattern: '/field/:fieldId/context/:contextId/option', handler: (req) => updateOptions(site, req) },
];
