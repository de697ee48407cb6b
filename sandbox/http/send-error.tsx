import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderToStaticMarkup } from 'react-dom/server';
import { JiraHttpError } from '../jira/http/jira-error';
import { HttpError, sendHtml, sendJson } from './http-kit';

const ErrorPage = ({ status, message }: { status: number; message: string }) => (
  <html lang="en">
    <head>
      <title>{String(status)}</title>
      <link rel="stylesheet" href="/__sandbox/theme.css" />
      <link rel="stylesheet" href="/__sandbox/host.css" />
    </head>
    <body>
      <main className="page narrow">
        <h1>{status}</h1>
        <p>{message}</p>
        <p>
          <a href="/">Back to the issues</a>
        </p>
      </main>
    </body>
  </html>
);

/**
 * Answers a failed request: Jira's own body for a Jira error (the 401 of a request that names
 * nobody), JSON for the control API and scripts, a page for people.
 */
export const sendError = (req: IncomingMessage, res: ServerResponse, error: unknown): void => {
  if (error instanceof JiraHttpError && !res.headersSent) {
    sendJson(res, error.status, error.body);
    return;
  }
  const status = error instanceof HttpError ? error.status : 500;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 500) console.error('sandbox: request failed', req.method, req.url, error);
  if (res.headersSent) res.end();
  else if ((req.url ?? '').startsWith('/__sandbox/') || (req.headers.accept ?? '').includes('application/json')) sendJson(res, status, { error: message });
  else sendHtml(res, status, '<!doctype html>' + renderToStaticMarkup(<ErrorPage status={status} message={message} />));
};
