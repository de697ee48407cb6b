/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { PANEL_ACTIONS } from '../../../src/contracts/panel-view';
import { PanelBody } from '../../../static/panel/components/PanelBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makeContext, makeHost } from '../support/fake-host';
import { makeView, panelHost } from '../support/panel-view';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const ACTION_NAMES = [
  'Start work',
  'Revise measures',
  'Mark done',
  'Record the call and close',
  'Return for rework',
  'Reopen',
  'Withdraw',
  'Duplicate',
  'Re-route',
  'Nudge now',
  'Open follow-up complaint',
];

describe('PanelBody', () => {
  it('shows the view asked for as the frame started, and asks anew only to reload', async () => {
    const host = panelHost([makeView({ complaint: { status: 'measures_done' } })]);
    const firstView = Promise.resolve(makeView({ actions: ['nudge'] }));
    await renderSurface(AppShell, ({ context }) => <PanelBody context={context} firstView={firstView} />, host);
    expect(await screen.findByRole('button', { name: 'Nudge now' })).toBeTruthy();
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(0);
  });

  it('shows the failure of the view asked for as the frame started, with Try again', async () => {
    const host = panelHost([makeView({ actions: ['nudge'] })]);
    const firstView = Promise.reject(new UiError('TIMEOUT', 'panel/view took too long'));
    firstView.catch(() => undefined);
    await renderSurface(AppShell, ({ context }) => <PanelBody context={context} firstView={firstView} />, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Nudge now' })).toBeTruthy();
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(1);
  });

  it('loads the view once and shows where the complaint stands', async () => {
    const host = panelHost([makeView({ complaint: { returns: 1, regulatoryDeadlines: [{ kind: 'final', at: Date.UTC(2027, 0, 30, 17) }] } })]);
    await renderSurface(AppShell, PanelBody, host);
    await screen.findByRole('heading', { level: 2, name: 'Where it stands' });
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(1);
    expect(screen.getByText('In progress')).toBeTruthy();
    expect(screen.getByText('Lena Lead')).toBeTruthy();
    expect(screen.getByText(/2 days, 3 hours left/)).toBeTruthy();
    expect(screen.getByText('Final response due under the regulator’s rules')).toBeTruthy();
    expect(screen.getByText('Returns for rework')).toBeTruthy();
    expect(screen.getByText('Refund the fee')).toBeTruthy();
  });

  it('says by how much the due moment is overdue, counted from the server’s clock', async () => {
    const due = { at: Date.UTC(2026, 11, 4, 8), step: 'in_progress' as const };
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ now: due.at + 26 * 3_600_000, complaint: { due } })]));
    expect(await screen.findByText(/overdue by 1 day, 2 hours/)).toBeTruthy();
  });

  it('shows a button for each offered action, named as the workflow names it, and none other', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ actions: [...PANEL_ACTIONS] })]));
    await screen.findByRole('heading', { name: 'Actions' });
    for (const name of ACTION_NAMES) expect(screen.getByRole('button', { name })).toBeTruthy();
    cleanup();

    await renderSurface(AppShell, PanelBody, panelHost([makeView({ actions: ['mark_done'] })]));
    await screen.findByRole('button', { name: 'Mark done' });
    for (const name of ACTION_NAMES.filter((n) => n !== 'Mark done')) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('shows someone without actions the summary and the trail only', async () => {
    const trail = [{ at: Date.UTC(2026, 11, 1, 9), kind: 'routed' as const, actorAccountId: null, reason: 'lead', recipients: ['user:account-lead-1'], status: 'registered' as const }];
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ roles: [], trail })]));
    await screen.findByRole('heading', { name: 'History' });
    expect(screen.queryByRole('heading', { name: 'Actions' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Customer contact' })).toBeNull();
    expect(screen.getByText('The department lead takes it.')).toBeTruthy();
    expect(screen.getByText('To: Lena Lead')).toBeTruthy();
  });

  it('shows "Nudged today" instead of the nudge button once the complaint was nudged today', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ actions: ['nudge', 'reroute'], forms: { ...makeView().forms, nudgedToday: Date.UTC(2026, 11, 5, 9, 30) } })]));
    expect(await screen.findByText(/^Nudged today at 9:30/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nudge now' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Re-route' })).toBeTruthy();
  });

  it('shows the contact section only when the view carries contact data', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ contact: null })]));
    expect(await screen.findByRole('heading', { name: 'Customer contact' })).toBeTruthy();
    expect(screen.getByText('No contact data recorded yet.')).toBeTruthy();
    cleanup();
    await renderSurface(AppShell, PanelBody, panelHost([makeView()]));
    await screen.findByRole('heading', { name: 'History' });
    expect(screen.queryByRole('heading', { name: 'Customer contact' })).toBeNull();
  });

  it('shows a translated error with a retry when the view cannot be loaded', async () => {
    let fail = true;
    const host = makeHost({
      context: makeContext({ locale: 'uk-UA' }),
      onCall: (key) => {
        if (key === 'preferences/get-language') return Promise.resolve({ language: null });
        if (fail) return Promise.reject(new UiError('TIMEOUT', 'panel/view did not answer'));
        return Promise.resolve(makeView());
      },
    });
    await renderSurface(AppShell, PanelBody, host);
    const alert = await screen.findByRole('alert');
    fail = false;
    fireEvent.click(within(alert).getByRole('button'));
    expect(await screen.findByRole('heading', { name: 'Поточний стан' })).toBeTruthy();
  });

  it('says so when it is not on an issue, and calls nothing', async () => {
    const host = makeHost({ context: makeContext({ extension: { type: 'jira:issuePanel' } }) });
    await renderSurface(AppShell, PanelBody, host);
    expect(screen.getByText('This panel is not attached to an issue.')).toBeTruthy();
    expect(host.calls.map((c) => c.key)).not.toContain('panel/view');
  });
});
