import { badRequest } from '../http/jira-error';

const MAX_KEY_LENGTH = 255;
const MAX_VALUE_LENGTH = 32768;

/** Jira's limits on entity properties: a key up to 255 characters, a JSON value up to 32 KB. */
export function checkProperty(key: string, value: unknown): void {
  if (key === '' || key.length > MAX_KEY_LENGTH) {
    throw badRequest(`The property key must be between 1 and ${MAX_KEY_LENGTH} characters long.`);
  }
  if (value === undefined) throw badRequest('The property value must be a valid JSON value.');
  if (JSON.stringify(value).length > MAX_VALUE_LENGTH) {
    throw badRequest(`The property value cannot be longer than ${MAX_VALUE_LENGTH} characters.`);
  }
}

/** The `properties` list of a create or edit body: `[{ key, value }]`. */
export function propertyList(raw: unknown): { key: string; value: unknown }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest('The properties must be a list of { key, value } objects.');
  return raw.map((entry: unknown) => {
    const key = typeof entry === 'object' && entry !== null && 'key' in entry ? entry.key : undefined;
    const value = typeof entry === 'object' && entry !== null && 'value' in entry ? entry.value : undefined;
    if (typeof key !== 'string') throw badRequest('The properties must be a list of { key, value } objects.');
    checkProperty(key, value);
    return { key, value };
  });
}
