const serialize = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/**
 * jira.js hands its transport the query as an object; this writes it the way jira.js's own
 * fetch transport does (lists as repeated parameters, objects as JSON, empty values left out),
 * so both transports send Jira the same URL.
 */
export const withSearchParams = (path: string, searchParams: Readonly<Record<string, unknown>> | undefined): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams ?? {})) {
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of values) {
      const text = serialize(item);
      if (text !== undefined) params.append(name, text);
    }
  }
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
};
