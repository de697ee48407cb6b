export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

// Jira Cloud's three categories, by id, key and display name; id 1 ("No Category") holds no status.
const CATEGORIES: readonly { key: StatusCategoryKey; id: string; name: string; rank: number }[] = [
  { key: 'new', id: '2', name: 'to do', rank: 0 },
  { key: 'indeterminate', id: '4', name: 'in progress', rank: 1 },
  { key: 'done', id: '3', name: 'done', rank: 2 },
];

/** The category a JQL value names: its name or key (any case) as text, or its id as a number. */
export function statusCategoryNamed(value: string, asId: boolean): StatusCategoryKey | undefined {
  const lower = value.toLowerCase();
  return CATEGORIES.find((c) => (asId ? c.id === value : c.key === lower || c.name === lower || c.id === value))?.key;
}

/** Workflow order: To Do, In Progress, Done. */
export function statusCategoryRank(key: StatusCategoryKey): number {
  return CATEGORIES.find((c) => c.key === key)?.rank ?? 0;
}
