import type { IncomingMessage } from 'node:http';

export const USER_COOKIE = 'sandbox-user';
export const THEME_COOKIE = 'sandbox-theme';

export const readCookie = (req: IncomingMessage, name: string): string | null => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
};

export const cookieHeader = (name: string, value: string): string =>
  `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax; HttpOnly; Max-Age=${60 * 60 * 24 * 365}`;
