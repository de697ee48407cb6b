import type { UiModuleDef } from '../host/manifest-model';
import type { PageViewer } from '../sandbox-services';
import { ForgeFrame } from './forge-frame';

interface FramePageProps {
  readonly module: UiModuleDef;
  readonly viewer: PageViewer;
  readonly siteUrl: string;
}

/** The one sandbox dashboard and its gadget, in view or edit mode. */
export const DashboardPage = ({ module, viewer, siteUrl, editing, configuration }: FramePageProps & { editing: boolean; configuration: unknown }) => (
  <section aria-labelledby="dashboard">
    <h1 id="dashboard">Complaints dashboard</h1>
    <div className="gadget card">
      <div className="gadget-header">
        <h2>{module.title}</h2>
        <a className="button" href={editing ? '/dashboard' : '/dashboard?edit=1'}>
          {editing ? 'Cancel editing' : 'Edit'}
        </a>
      </div>
      <ForgeFrame
        module={module}
        viewer={viewer}
        siteUrl={siteUrl}
        resourceKey={editing ? (module.editResourceKey ?? module.resourceKey) : module.resourceKey}
        {...(editing ? { viewUrl: '/dashboard' } : {})}
        site={{
          moduleKey: module.key,
          localId: `${module.key}/dashboard-10000/gadget-1`,
          extension: {
            gadgetConfiguration: configuration ?? {},
            dashboard: { id: '10000' },
            gadget: { id: '1' },
            ...(editing ? { entryPoint: 'edit' } : {}),
          },
        }}
      />
    </div>
  </section>
);

/** Jira settings → Apps, with the app's admin page. */
export const AdminPage = ({ module, modules, viewer, siteUrl }: FramePageProps & { modules: readonly UiModuleDef[] }) => (
  <div className="settings-layout">
    <nav className="settings-nav" aria-label="Apps">
      <h2>Apps</h2>
      {modules.map((m) => (
        <a key={m.key} href={`/admin/${m.key}`} aria-current={m.key === module.key ? 'page' : undefined}>
          {m.title}
        </a>
      ))}
    </nav>
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{module.title}</h1>
      <ForgeFrame module={module} viewer={viewer} siteUrl={siteUrl} site={{ moduleKey: module.key, localId: `${module.key}/admin`, extension: {} }} />
    </section>
  </div>
);

export const MessagePage = ({ title, message }: { title: string; message: string }) => (
  <section className="narrow">
    <h1>{title}</h1>
    <p>{message}</p>
  </section>
);
