import type { IncomingMessage } from 'node:http';
import type { DemoUser } from '../jira/emulator.types';
import { forgeAccountType } from '../host/ui-context';
import type { PageViewer } from '../sandbox-services';
import { readCookie, THEME_COOKIE, USER_COOKIE } from './cookies';
import type { ColorMode } from './theme';

/** The light or dark theme the switcher chose; it does not depend on who is signed in. */
export const colorModeOf = (req: IncomingMessage): ColorMode => (readCookie(req, THEME_COOKIE) === 'dark' ? 'dark' : 'light');

/**
 * Who is at the keyboard: the demo user the switcher's cookie names, or nobody. Nobody stays
 * nobody: Jira serves an anonymous visitor no one's data, so neither does the sandbox.
 */
export const viewerOf = (req: IncomingMessage, users: readonly DemoUser[]): PageViewer | null => {
  const chosen = readCookie(req, USER_COOKIE);
  const user = users.find((u) => u.accountId === chosen);
  if (!user) return null;
  return {
    user,
    accountId: user.accountId,
    // Jira stores `en_US`; Forge contexts carry `en-US`.
    locale: user.locale.replace('_', '-'),
    timeZone: user.timeZone,
    colorMode: colorModeOf(req),
    accountType: forgeAccountType(user.accountType),
  };
};
