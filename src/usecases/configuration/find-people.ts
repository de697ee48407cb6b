import type { NamedPerson } from '../../domain/people/named-person';
import type { UserSearch } from '../../ports/user-search.port';

/** A page of a picker: enough to choose from while typing, few enough to read. */
export const PEOPLE_PER_SEARCH = 20;

/** The people an admin may pick for a department, by the start of a name or e-mail address. */
export const findPeople = (users: UserSearch, query: string): Promise<readonly NamedPerson[]> => users.find(query.trim(), PEOPLE_PER_SEARCH);
