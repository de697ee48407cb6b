import type { FullContext } from '@forge/bridge';
import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import type * as AppShellModule from '../../../static/shared/shell/AppShell';
import type { FakeHost } from './fake-host';

/** Renders a surface body inside the real shell, as mountSurface does, and waits until the picker is up. */
export const renderSurface = async (
  AppShell: typeof AppShellModule.AppShell,
  Body: ComponentType<{ context: FullContext }>,
  host: FakeHost,
): Promise<void> => {
  render(<AppShell host={host}>{(context) => <Body context={context} />}</AppShell>);
  await screen.findByRole('combobox');
};
