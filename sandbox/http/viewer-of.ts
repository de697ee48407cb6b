import type { IncomingMessage } from 'node:http';
import type { DemoUser } from '../jira/emulator.types';
import type { PageViewer } from '../sandbox-services';
import { readCookie, THEME_COOKIE, USER_COOKIE } from './cookies';
import { HttpError } from './http-kit';

/** Who is at the keyboard: the user switcher's cookie, else the site's first demo user. */
export const viewerOf = (req: IncomingMessage, users: readonly DemoUser[]): PageViewer => {
  const chosen = readCookie(req, USER_COOKIE);
  const user = users.find((u) => u.accountId === chosen) ?? users[0];
  if (!user) throw new HttpError(503, 'The site has no users: POST /__sandbox/reset');
  return {
    user,
    accountId: user.accountId,
    // Jira stores `en_US`; Forge contexts carry `en-US`.
    locale: user.locale.replace('_', '-'),
    timeZone: user.timeZone,
    colorMode: readCookie(req, THEME_COOKIE) === 'dark' ? 'dark' : 'light',
  };
};
