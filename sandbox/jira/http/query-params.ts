import { badRequest } from './jira-error';

/** A list parameter, whether sent comma-joined (`fields=a,b`) or repeated (`fields=a&fields=b`). */
export const queryList = (query: URLSearchParams, name: string): string[] =>
  query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** A non-negative integer parameter, `fallback` when absent; Jira answers 400 for anything else. */
export function queryInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw badRequest(`The value '${raw}' is invalid for the ${name} parameter.`);
  return value;
}
