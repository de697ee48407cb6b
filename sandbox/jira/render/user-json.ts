import type { UserRecord } from '../store/user-store';
import type { DashboardUserJson, UserDetailsJson } from './jira-models';

export const userSelf = (baseUrl: string, accountId: string): string =>
  `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;

const avatarUrls = (baseUrl: string, accountId: string) => {
  const url = (size: number): string =>
    `${baseUrl}/secure/useravatar?size=${size}&accountId=${encodeURIComponent(accountId)}`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
};

/** A user as Jira embeds it in issues, comments, changelogs and group pages. */
export const userJson = (user: UserRecord, baseUrl: string) =>
  ({
    self: userSelf(baseUrl, user.accountId),
    accountId: user.accountId,
    accountType: user.accountType,
    ...(user.email === null ? {} : { emailAddress: user.email }),
    avatarUrls: avatarUrls(baseUrl, user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  }) satisfies UserDetailsJson;

/** A user as the user endpoints (`/myself`, `/user`, the searches) return it: with the locale. */
export const userProfileJson = (user: UserRecord, baseUrl: string) =>
  ({ ...userJson(user, baseUrl), locale: user.locale }) satisfies DashboardUserJson;
