import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { themeAttributes, type ColorMode } from '../http/theme';
import type { PageViewer } from '../sandbox-services';
import type { DemoUser } from '../jira/emulator.types';
import type { SeedProgress } from '../seed-demo';

export type NavSection = 'issues' | 'create' | 'portal' | 'queues' | 'dashboard' | 'apps' | 'outbox';

const NAV: readonly { readonly section: NavSection; readonly href: string; readonly label: string }[] = [
  { section: 'issues', href: '/', label: 'Issues' },
  { section: 'create', href: '/create', label: 'Create' },
  { section: 'portal', href: '/portal', label: 'Portal' },
  { section: 'queues', href: '/queues', label: 'Queues' },
  { section: 'dashboard', href: '/dashboard', label: 'Dashboard' },
  { section: 'apps', href: '/admin', label: 'Apps' },
  { section: 'outbox', href: '/outbox', label: 'Outbox' },
];

export interface PageChrome {
  readonly title: string;
  readonly section: NavSection | null;
  /** Null for a visitor who has not picked a user yet. */
  readonly viewer: PageViewer | null;
  readonly colorMode: ColorMode;
  readonly users: readonly DemoUser[];
  /** The path to come back to after switching user or theme. */
  readonly path: string;
  readonly now: number;
  /** While the demo data is being created: how far it got. */
  readonly seeding: SeedProgress | null;
}

/** The pages answer while seeding runs; this says why the lists are short and the controls refuse. */
const SeedingMessage = ({ progress }: { progress: SeedProgress }) => (
  <div className="section-message" role="status">
    The sandbox is creating its demo data: {progress.created} of {progress.total} complaints so far. Reload the page to see more; the sandbox
    controls wait until it is done.
  </div>
);

const UserSwitcher = ({ viewer, users, path }: Pick<PageChrome, 'viewer' | 'users' | 'path'>) => (
  <form method="post" action="/__sandbox/user" className="switcher">
    <label htmlFor="sandbox-user">Acting as</label>
    <select id="sandbox-user" name="accountId" defaultValue={viewer?.accountId ?? ''} data-autosubmit="">
      {viewer === null && (
        <option value="" disabled>
          Nobody: pick a user
        </option>
      )}
      {users.map((u) => (
        <option key={u.accountId} value={u.accountId}>
          {u.displayName} · {u.roleLabel}
        </option>
      ))}
    </select>
    <input type="hidden" name="returnTo" value={path} />
    <noscript>
      <button type="submit">Switch</button>
    </noscript>
  </form>
);

const ThemeSwitch = ({ colorMode, path }: Pick<PageChrome, 'colorMode' | 'path'>) => {
  const next = colorMode === 'dark' ? 'light' : 'dark';
  return (
    <form method="post" action="/__sandbox/theme">
      <input type="hidden" name="colorMode" value={next} />
      <input type="hidden" name="returnTo" value={path} />
      <button type="submit" className="subtle-button" aria-label={`Switch to the ${next} theme`}>
        {next === 'dark' ? 'Dark theme' : 'Light theme'}
      </button>
    </form>
  );
};

/** A whole host page: Jira's top navigation around the page's content. */
export const renderPage = (chrome: PageChrome, content: ReactNode): string =>
  '<!doctype html>' +
  renderToStaticMarkup(
    <html lang="en" {...themeAttributes(chrome.colorMode)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${chrome.title} - Jira sandbox`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/__sandbox/theme.css" />
        <link rel="stylesheet" href="/__sandbox/host.css" />
        <script type="module" src="/__sandbox/host-page.js"></script>
      </head>
      <body>
        <header className="topnav">
          <a className="brand" href="/">
            <span className="brand-mark" aria-hidden="true" />
            Jira Service Management <span className="sandbox-badge">sandbox</span>
          </a>
          <nav aria-label="Main">
            {NAV.map((item) => (
              <a key={item.section} href={item.href} className="nav-link" aria-current={item.section === chrome.section ? 'page' : undefined}>
                {item.label}
              </a>
            ))}
          </nav>
          <span className="spacer" />
          <time className="clock" dateTime={new Date(chrome.now).toISOString()} title="The sandbox clock">
            {new Date(chrome.now).toISOString().slice(0, 16).replace('T', ' ')} UTC
          </time>
          <ThemeSwitch colorMode={chrome.colorMode} path={chrome.path} />
          <UserSwitcher viewer={chrome.viewer} users={chrome.users} path={chrome.path} />
        </header>
        <main className="page">
          {chrome.seeding !== null && <SeedingMessage progress={chrome.seeding} />}
          {content}
        </main>
        <div id="sandbox-flags" className="flags" aria-live="polite" />
      </body>
    </html>,
  );
