import { badRequest } from '../http/jira-error';

interface PagePosition {
  readonly offset: number;
  readonly jql: string;
}

/** Opaque to clients, as Jira's tokens are; it remembers the query so a token cannot page another one. */
export const encodePageToken = (position: PagePosition): string =>
  Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

export function decodePageToken(token: string, jql: string): number {
  try {
    const position = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PagePosition>;
    if (position.jql === jql && typeof position.offset === 'number' && Number.isInteger(position.offset) && position.offset >= 0) {
      return position.offset;
    }
  } catch {
    // Falls through to the same answer as a token for another query.
  }
  throw badRequest('The provided next page token is invalid or expired.');
}
