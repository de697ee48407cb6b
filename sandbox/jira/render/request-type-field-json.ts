import type { FieldDefinition } from '../fields/field-catalog';
import type { FieldScope } from '../fields/screen-fields';
import type { JiraSite } from '../jira-site';
import { fieldMetadataJson } from './field-metadata-json';

/** An allowed value of create metadata (an option, component, priority…) as JSM's `{ value, label }`. */
const fieldValueJson = (allowed: unknown) => {
  const { id, value, name } = allowed as { id?: unknown; value?: unknown; name?: unknown };
  return { value: String(id), label: String(value ?? name ?? id), children: [] };
};

/**
 * A request type field, from the same metadata create metadata gives the field: JSM's form shows
 * the field under its Jira name (the emulator keeps no per-request-type labels or help texts).
 */
export function requestTypeFieldJson(site: JiraSite, def: FieldDefinition, scope: FieldScope, baseUrl: string) {
  const meta = fieldMetadataJson(site, def, scope, baseUrl, 'create');
  return {
    fieldId: def.id,
    name: def.name,
    description: '',
    required: meta.required,
    defaultValues: meta.defaultValue === undefined ? [] : [fieldValueJson(meta.defaultValue)],
    validValues: (meta.allowedValues ?? []).map(fieldValueJson),
    presetValues: [],
    jiraSchema: meta.schema,
    visible: true,
  };
}
