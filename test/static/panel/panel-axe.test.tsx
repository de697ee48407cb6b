/** @jest-environment jsdom */
import axe from 'axe-core';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { PANEL_ACTIONS } from '../../../src/contracts/panel-view';
import { PanelBody } from '../../../static/panel/components/PanelBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { makeView, panelHost } from '../support/panel-view';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const seriousViolations = async (): Promise<string[]> => {
  // jsdom draws nothing, so contrast is left to the browser tests; structure, names and roles are checked here.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
};

describe('panel accessibility (axe, in jsdom)', () => {
  it.each(['close', 'reroute', 'mark_done', 'start_work'] as const)('has no serious or critical violations with the %s form open', async (action) => {
    const trail = [{ at: Date.UTC(2026, 11, 1, 9), kind: 'call_recorded' as const, actorAccountId: 'account-advocate-1', reason: 'call.recorded', recipients: [], status: 'closed' as const, satisfaction: 4, consideredResolved: true }];
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ actions: [...PANEL_ACTIONS], contact: null, trail })]));
    const names = { close: 'Record the call and close', reroute: 'Re-route', mark_done: 'Mark done', start_work: 'Start work' };
    fireEvent.click(await screen.findByRole('button', { name: names[action] }));
    fireEvent.click(screen.getAllByRole('button', { name: names[action] }).at(-1) as HTMLElement);
    await screen.findByText('Check the highlighted fields.');
    expect(await seriousViolations()).toEqual([]);
  });
});
