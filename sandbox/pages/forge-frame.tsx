import type { UiModuleDef } from '../host/manifest-model';
import { fullContext, type FrameSite } from '../host/ui-context';
import type { PageViewer } from '../sandbox-services';

interface ForgeFrameProps {
  readonly module: UiModuleDef;
  readonly site: FrameSite;
  readonly viewer: PageViewer;
  readonly siteUrl: string;
  /** Gadget edit mode: where submit and close lead back to. */
  readonly viewUrl?: string;
  readonly resourceKey?: string;
}

/**
 * A Custom UI resource in an iframe, as Jira renders it. The frame's context and place ride on
 * data attributes that host-page.ts reads; the frame itself cannot change them. host-page.ts
 * also sets `src`, once it listens, so that no early bridge call is lost.
 */
export const ForgeFrame = ({ module, site, viewer, siteUrl, viewUrl, resourceKey = module.resourceKey }: ForgeFrameProps) => (
  <iframe
    className="forge-frame"
    title={module.title}
    data-src={`/__sandbox/resources/${resourceKey}/index.html`}
    data-forge-frame={module.key}
    data-context={JSON.stringify(fullContext(module, site, viewer, siteUrl))}
    data-site={JSON.stringify(site)}
    data-view-url={viewUrl}
  />
);
