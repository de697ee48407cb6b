import type { UiModuleDef } from '../host/manifest-model';
import type { PageViewer } from '../sandbox-services';
import { ForgeFrame, type BoundFrame } from './forge-frame';
import { queuesPath } from './frame-sites';

interface FramePageProps {
  readonly frame: BoundFrame;
  readonly viewer: PageViewer;
  readonly siteUrl: string;
}

/** The one sandbox dashboard and its gadget, in view or edit mode. */
export const DashboardPage = ({ frame, viewer, siteUrl, editing }: FramePageProps & { editing: boolean }) => (
  <section aria-labelledby="dashboard">
    <h1 id="dashboard">Complaints dashboard</h1>
    <div className="gadget card">
      <div className="gadget-header">
        <h2>{frame.module.title}</h2>
        <a className="button" href={editing ? '/dashboard' : '/dashboard?edit=1'}>
          {editing ? 'Cancel editing' : 'Edit'}
        </a>
      </div>
      <ForgeFrame
        frame={frame}
        viewer={viewer}
        siteUrl={siteUrl}
        resourceKey={editing ? (frame.module.editResourceKey ?? frame.module.resourceKey) : frame.module.resourceKey}
        {...(editing ? { viewUrl: '/dashboard' } : {})}
      />
    </div>
  </section>
);

/** Jira settings → Apps, with the app's admin page. */
export const AdminPage = ({ frame, modules, viewer, siteUrl }: FramePageProps & { modules: readonly UiModuleDef[] }) => (
  <div className="settings-layout">
    <nav className="settings-nav" aria-label="Apps">
      <h2>Apps</h2>
      {modules.map((m) => (
        <a key={m.key} href={`/admin/${m.key}`} aria-current={m.key === frame.module.key ? 'page' : undefined}>
          {m.title}
        </a>
      ))}
    </nav>
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{frame.module.title}</h1>
      <ForgeFrame frame={frame} viewer={viewer} siteUrl={siteUrl} />
    </section>
  </div>
);

/** A service project's Queues, the app's queue pages under Apps in their navigation, one of them open. */
export const QueuesPage = ({ frame, modules, projectKey, viewer, siteUrl }: FramePageProps & { modules: readonly UiModuleDef[]; projectKey: string }) => (
  <div className="settings-layout">
    <nav className="settings-nav" aria-label="Queues">
      <h2>Queues</h2>
      <h3>Apps</h3>
      {modules.map((m) => (
        <a key={m.key} href={queuesPath(projectKey, m.key)} aria-current={m.key === frame.module.key ? 'page' : undefined}>
          {m.title}
        </a>
      ))}
    </nav>
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{frame.module.title}</h1>
      <ForgeFrame frame={frame} viewer={viewer} siteUrl={siteUrl} />
    </section>
  </div>
);

export const MessagePage = ({ title, message }: { title: string; message: string }) => (
  <section className="narrow">
    <h1>{title}</h1>
    <p>{message}</p>
  </section>
);
