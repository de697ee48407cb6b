import type { FullContext } from '@forge/bridge';
import { createContext, useContext } from 'react';
import type { Call } from '../create-call';

/**
 * Everything a surface needs from Forge, behind one small interface: the real one talks
 * through @forge/bridge, tests and previews hand in their own.
 */
export interface SurfaceHost {
  readonly call: Call;
  readonly getContext: () => Promise<FullContext>;
  /** Makes @atlaskit/tokens follow Jira's light or dark theme. */
  readonly enableTheme: () => Promise<void>;
  /** Saves a gadget's configuration and leaves edit mode. */
  readonly submit: (payload: Readonly<Record<string, unknown>>) => Promise<void>;
  /** Opens a page of the Jira site (a path such as `/issues/?jql=…`) in the top window, leaving the app. */
  readonly navigate: (path: string) => Promise<void>;
}

/** The bridge answers in milliseconds inside Jira; ten seconds means it is not there at all. */
export const HOST_TIMEOUT_MS = 10_000;

export const SurfaceHostContext = createContext<SurfaceHost | null>(null);

export const useSurfaceHost = (): SurfaceHost => {
  const host = useContext(SurfaceHostContext);
  if (host === null) throw new Error('useSurfaceHost needs the AppShell above it');
  return host;
};
