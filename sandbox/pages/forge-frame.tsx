import type { UiModuleDef } from '../host/manifest-model';
import { fullContext, type FrameSite } from '../host/ui-context';
import type { PageViewer } from '../sandbox-services';

/** A frame the page route placed and registered: its module, its place and the id its calls carry. */
export interface BoundFrame {
  readonly module: UiModuleDef;
  readonly site: FrameSite;
  readonly frameId: string;
}

interface ForgeFrameProps {
  readonly frame: BoundFrame;
  readonly viewer: PageViewer;
  readonly siteUrl: string;
  /** Gadget edit mode: where submit and close lead back to. */
  readonly viewUrl?: string;
  readonly resourceKey?: string;
}

/**
 * A Custom UI resource in an iframe, as Jira renders it. The frame's context rides on a data
 * attribute for `getContext`; its calls carry only the frame id, which the server maps back to
 * the module, place and viewer it rendered. host-page.ts sets `src` once it listens, so that no
 * early bridge call is lost.
 */
export const ForgeFrame = ({ frame, viewer, siteUrl, viewUrl, resourceKey = frame.module.resourceKey }: ForgeFrameProps) => (
  <iframe
    className="forge-frame"
    title={frame.module.title}
    data-src={`/__sandbox/resources/${resourceKey}/index.html`}
    data-forge-frame={frame.module.key}
    data-frame-id={frame.frameId}
    data-context={JSON.stringify(fullContext(frame.module, frame.site, viewer, siteUrl))}
    data-view-url={viewUrl}
  />
);
