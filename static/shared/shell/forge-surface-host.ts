import { router, view } from '@forge/bridge';
import { call } from '../api';
import type { SurfaceHost } from './surface-host';

/** The host inside Jira (and inside the sandbox, whose iframes provide the same bridge). */
export const forgeSurfaceHost: SurfaceHost = {
  call,
  getContext: () => view.getContext(),
  enableTheme: () => view.theme.enable(),
  submit: (payload) => view.submit(payload),
  navigate: (path) => router.navigate(path),
};
