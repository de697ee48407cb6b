import { isRecord } from '../json-value';
import { invalidPayload } from './jira-error';

/** The body as a JSON object; Jira answers any other payload with its generic 400. */
export function objectBody(body: unknown): Readonly<Record<string, unknown>> {
  if (!isRecord(body)) throw invalidPayload();
  return body;
}

/** `{ id }`, `{ key }` or `{ name }` references, as Jira accepts them for projects, types, links. */
export function refOf(value: unknown, ...names: readonly string[]): string | null {
  if (!isRecord(value)) return null;
  for (const name of names) {
    const ref = value[name];
    if (typeof ref === 'string' && ref !== '') return ref;
    if (typeof ref === 'number') return String(ref);
  }
  return null;
}

/** A string property, or null when absent or not a string. */
export const stringProp = (body: Readonly<Record<string, unknown>>, name: string): string | null => {
  const value = body[name];
  return typeof value === 'string' ? value : null;
};

/** A list of ids, sent as strings or numbers; null when the value is not a list of them. */
export function idList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const ids = value.map((item: unknown) => (typeof item === 'string' ? item : typeof item === 'number' ? String(item) : null));
  return ids.every((id): id is string => id !== null) ? ids : null;
}
