import type { IncomingHttpHeaders } from 'node:http';
import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import type { UserRecord } from '../store/user-store';

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The email of `Authorization: Basic base64(email:token)`; any token is accepted, as for demo accounts. */
function basicAuthEmail(authorization: string | undefined): string | null {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (match?.[1] === undefined) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : null;
}

const asCaller = (site: JiraSite, user: UserRecord | null): Caller | null =>
  user?.active === true ? { user, isApp: user.accountId === site.appAccountId } : null;

/**
 * Who is calling: the Forge runtime shim says so in `x-forge-provider` (`app` or `user`, with
 * `x-forge-account-id`); other clients use basic auth with a demo user's e-mail. Null when nobody.
 */
export function resolveCaller(site: JiraSite, headers: IncomingHttpHeaders): Caller | null {
  const provider = header(headers, 'x-forge-provider');
  if (provider === 'app') return asCaller(site, site.users.byAccountId(site.appAccountId));
  if (provider === 'user') {
    const accountId = header(headers, 'x-forge-account-id');
    return accountId === undefined ? null : asCaller(site, site.users.byAccountId(accountId));
  }
  if (provider !== undefined) return null;
  const email = basicAuthEmail(header(headers, 'authorization'));
  const user = email === null ? null : site.users.byEmail(email);
  // The app's user has no mailbox and so no API token.
  return user?.accountType === 'app' ? null : asCaller(site, user);
}

/** Stands in for a caller on the few calls Jira answers anonymously; inactive, so it holds no permission. */
export const ANONYMOUS: Caller = {
  isApp: false,
  user: {
    accountId: '',
    accountType: 'atlassian',
    displayName: 'Anonymous',
    email: null,
    active: false,
    locale: 'en_US',
    timeZone: 'UTC',
    roleLabel: 'Anonymous',
  },
};
