import type { ReactNode } from 'react';
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

/** A page with a side navigation of the app's modules of one kind, one of them open in its frame. */
const SideNavPage = ({ frame, viewer, siteUrl, nav, heading, modules, hrefOf }: FramePageProps & { nav: string; heading: ReactNode; modules: readonly UiModuleDef[]; hrefOf: (m: UiModuleDef) => string }) => (
  <div className="settings-layout">
    <nav className="settings-nav" aria-label={nav}>
      {heading}
      {modules.map((m) => (
        <a key={m.key} href={hrefOf(m)} aria-current={m.key === frame.module.key ? 'page' : undefined}>
          {m.title}
        </a>
      ))}
    </nav>
    <section aria-labelledby="module-title">
      <h1 id="module-title">{frame.module.title}</h1>
      <ForgeFrame frame={frame} viewer={viewer} siteUrl={siteUrl} />
    </section>
  </div>
);

/** Jira settings → Apps, with the app's admin page. */
export const AdminPage = ({ modules, ...props }: FramePageProps & { modules: readonly UiModuleDef[] }) => (
  <SideNavPage {...props} nav="Apps" heading={<h2>Apps</h2>} modules={modules} hrefOf={(m) => `/admin/${m.key}`} />
);

/** A service project's Queues, the app's queue pages under Apps in their navigation, one of them open. */
export const QueuesPage = ({ modules, projectKey, ...props }: FramePageProps & { modules: readonly UiModuleDef[]; projectKey: string }) => (
  <SideNavPage
    {...props}
    nav="Queues"
    heading={
      <>
        <h2>Queues</h2>
        <h3>Apps</h3>
      </>
    }
    modules={modules}
    hrefOf={(m) => queuesPath(projectKey, m.key)}
  />
);

export const MessagePage = ({ title, message }: { title: string; message: string }) => (
  <section className="narrow">
    <h1>{title}</h1>
    <p>{message}</p>
  </section>
);
