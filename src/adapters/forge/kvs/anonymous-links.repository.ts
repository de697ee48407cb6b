import * as z from 'zod';
import { AppError } from '../../../domain/app-error';
import type { AnonymousComplaintLinks, AnonymousLink } from '../../../ports/anonymous-complaints.port';
import type { KeyValueStore } from '../../../ports/key-value.port';

// The ids go into a JQL search: only digits are ids.
const linksSchema = z.array(z.object({ issueId: z.string().regex(/^\d+$/), issueKey: z.string(), raisedAt: z.number() }).strict());

const keyOf = (accountId: string): string => `portal-anonymous:${accountId}`;

/**
 * One secret per customer, by account id: the complaints they raised anonymously, newest first.
 * A secret, as the contact data is: Forge encrypts it and nothing can list the accounts. As with
 * the contact data, a stored value that no longer parses is an error, not "none": reading it as
 * none would let the next write drop the customer's complaints. The last link gone, the secret
 * goes too. Two complaints raised by one customer at the same moment could each miss the
 * other's link; a person raises one at a time.
 */
export const anonymousLinksRepository = (secrets: KeyValueStore): AnonymousComplaintLinks => {
  const load = async (accountId: string): Promise<AnonymousLink[]> => {
    const stored = await secrets.get(keyOf(accountId));
    if (stored === undefined) return [];
    const parsed = linksSchema.safeParse(stored);
    if (!parsed.success) throw new AppError('STORE_ERROR', 'The anonymous complaints of a customer are not in a form this version reads');
    return parsed.data;
  };
  const store = (accountId: string, links: readonly AnonymousLink[]): Promise<void> =>
    links.length === 0 ? secrets.delete(keyOf(accountId)) : secrets.set(keyOf(accountId), [...links].sort((a, b) => b.raisedAt - a.raisedAt));
  return {
    linksOf: load,
    add: async (accountId, link) => store(accountId, [link, ...(await load(accountId)).filter((l) => l.issueId !== link.issueId)]),
    async remove(accountId, issueId) {
      const links = await load(accountId);
      if (links.some((l) => l.issueId === issueId)) await store(accountId, links.filter((l) => l.issueId !== issueId));
    },
  };
};
