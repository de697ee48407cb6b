/** One complaint a customer raised anonymously through the app. */
export interface AnonymousLink {
  readonly issueId: string;
  readonly issueKey: string;
  /** When the app created it (epoch ms). */
  readonly raisedAt: number;
}

/**
 * Which complaints each customer raised anonymously: the app's own record, the only place that
 * ties a customer to such a complaint (Jira names the app as reporter and creator). Kept with the
 * contact data in the secret store, keyed by the customer's account; nothing lists the accounts.
 */
export interface AnonymousComplaintLinks {
  /** The customer's links, newest first; none when they raised none. */
  linksOf(accountId: string): Promise<readonly AnonymousLink[]>;
  /** Records one more link of the customer. */
  add(accountId: string, link: AnonymousLink): Promise<void>;
  /** Forgets the link of this complaint; forgetting one that is not there is no error. */
  remove(accountId: string, issueId: string): Promise<void>;
}
