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
