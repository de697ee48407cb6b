import type { NamedPerson } from '../domain/people/named-person';

/**
 * Jira's user search, asked as the admin who searches (Forge `asUser`), so the answer is what
 * Jira lets them see, never more.
 */
export interface UserSearch {
  /** Active people whose name or e-mail address starts with `query`, at most `limit`. */
  find(query: string, limit: number): Promise<readonly NamedPerson[]>;
}
