import type { FullContext } from '@forge/bridge';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './shell/AppShell';
import { forgeSurfaceHost } from './shell/forge-surface-host';

/** The whole entry point of a Custom UI surface: the shell around its body, on the page's #root. */
export const mountSurface = (Body: ComponentType<{ context: FullContext }>, options: { languagePicker?: boolean } = {}): void => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <AppShell host={forgeSurfaceHost} languagePicker={options.languagePicker ?? true}>{(context) => <Body context={context} />}</AppShell>
    </StrictMode>,
  );
};
