import type { FieldDefinition } from '../fields/field-catalog';
import type { CustomFieldRecord } from '../store/custom-field-store';

/** A field as `GET /field` lists it; custom fields are searchable when they have a searcher, Forge fields always. */
export const fieldJson = (def: FieldDefinition, record: CustomFieldRecord | null) => ({
  id: def.id,
  key: def.id,
  name: def.name,
  untranslatedName: def.name,
  custom: def.custom,
  orderable: def.settable !== 'never',
  navigable: true,
  searchable: record === null ? true : record.searcherKey !== null || record.valueType !== null,
  clauseNames: [...def.clauseNames],
  schema: def.schema,
});
