import type { IncomingMessage } from 'node:http';

/** How the host tells the Jira emulator who is calling (the emulator's contract). */
export const PROVIDER_HEADER = 'x-forge-provider';
export const ACCOUNT_HEADER = 'x-forge-account-id';
/** Proves that a request carrying the two headers above came from the host itself. */
export const HOST_TOKEN_HEADER = 'x-sandbox-host-token';

export type JiraCaller = { readonly provider: 'app' } | { readonly provider: 'user'; readonly accountId: string };

export const identityHeaders = (caller: JiraCaller, hostToken: string): Record<string, string> => ({
  [PROVIDER_HEADER]: caller.provider,
  ...(caller.provider === 'user' ? { [ACCOUNT_HEADER]: caller.accountId } : {}),
  [HOST_TOKEN_HEADER]: hostToken,
});

/**
 * Settles the identity of a /rest request before the emulator sees it. Only the host (which
 * knows the token) may speak for the app or for a user with the x-forge headers; a browser
 * request loses them and acts as the user chosen in the switcher, unless it sends basic auth.
 */
export const settleRestIdentity = (req: IncomingMessage, hostToken: string, cookieUser: string | null): void => {
  const fromHost = req.headers[HOST_TOKEN_HEADER] === hostToken;
  req.headers[HOST_TOKEN_HEADER] = undefined;
  if (fromHost) return;
  req.headers[PROVIDER_HEADER] = undefined;
  req.headers[ACCOUNT_HEADER] = undefined;
  if (req.headers.authorization === undefined && cookieUser !== null) {
    req.headers[PROVIDER_HEADER] = 'user';
    req.headers[ACCOUNT_HEADER] = cookieUser;
  }
};
