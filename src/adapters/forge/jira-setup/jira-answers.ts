import { AppError } from '../../../domain/app-error';

/** A page of Jira's platform API (`startAt`/`isLast`) or of Service Management (`start`/`isLastPage`). */
interface AnyPage<T> {
  readonly values?: readonly T[];
  readonly isLast?: boolean;
  readonly isLastPage?: boolean;
}

// A bound on every listing: no configuration that Set up project reads spans more pages than this.
const MAX_PAGES = 50;

/** Every item of a paged listing; `fetch` gets the index of the first item it should return. */
export const allPages = async <T>(fetch: (start: number) => Promise<AnyPage<T>>): Promise<T[]> => {
  const items: T[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await fetch(items.length);
    const values = answer.values ?? [];
    items.push(...values);
    if (values.length === 0 || answer.isLast === true || answer.isLastPage === true) return items;
  }
  throw new AppError('JIRA_ERROR', `Jira kept paging after ${MAX_PAGES} pages`);
};

/** A value Jira's documentation marks optional but that the app cannot go on without. */
export const present = <T>(value: T | null | undefined, what: string): T => {
  if (value === undefined || value === null) throw new AppError('JIRA_ERROR', `Jira's answer has no ${what}`);
  return value;
};

export const idText = (id: string | number | null | undefined, what: string): string => String(present(id, what));
