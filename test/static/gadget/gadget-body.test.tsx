/** @jest-environment jsdom */
import { AppShell } from '../../../static/shared/shell/AppShell';
import { GadgetBody } from '../../../static/gadget/components/GadgetBody';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { UiError } from '../../../static/shared/ui-error';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const gadgetContext = (entryPoint: string | undefined, gadgetConfiguration: unknown, locale = 'en-US') =>
  makeContext({ locale, extension: { type: 'jira:dashboardGadget', entryPoint, gadgetConfiguration } });

const saved = { projects: ['CS', 'HELP'], periodMonths: 12, departments: [] };

describe('gadget view mode', () => {
  it('shows its title and the saved settings', async () => {
    await renderSurface(AppShell, GadgetBody, makeHost({ context: gadgetContext(undefined, saved) }));
    expect(screen.getByRole('heading', { level: 1, name: 'Complaints overview' })).toBeTruthy();
    const settings = screen.getAllByRole('definition').map((item) => item.textContent);
    expect(settings).toEqual(['CS, HELP', '12', 'All departments']);
  });

  it('asks to be configured when nothing valid is saved, in the user language', async () => {
    await renderSurface(AppShell, GadgetBody, makeHost({ context: gadgetContext('view', { projects: [] }, 'uk-UA') }));
    expect(screen.getByRole('heading', { level: 1, name: 'Огляд скарг' })).toBeTruthy();
    expect(screen.getByText('Гаджет ще не налаштовано. Відкрийте його налаштування та виберіть проєкти, період і відділи.')).toBeTruthy();
  });
});

describe('gadget edit mode', () => {
  it('pre-fills the saved settings and submits the parsed config', async () => {
    const host = makeHost({ context: gadgetContext('edit', saved) });
    await renderSurface(AppShell, GadgetBody, host);
    const projects = screen.getByLabelText<HTMLInputElement>('Projects');
    expect(projects.value).toBe('CS, HELP');
    fireEvent.change(projects, { target: { value: 'cs, ops' } });
    fireEvent.change(screen.getByLabelText('Departments'), { target: { value: 'billing' } });
    // Inside act, so the state update after the host answers is applied before the test ends.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    expect(host.submitted).toEqual([{ projects: ['CS', 'OPS'], periodMonths: 12, departments: ['billing'] }]);
  });

  it('refuses to submit invalid settings and marks each field with its message', async () => {
    const host = makeHost({ context: gadgetContext('edit', undefined) });
    await renderSurface(AppShell, GadgetBody, host);
    fireEvent.change(screen.getByLabelText('Period in months'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(host.submitted).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Fix the highlighted fields before saving.');
    const projects = screen.getByLabelText('Projects');
    expect(projects.getAttribute('aria-invalid')).toBe('true');
    expect(projects.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      'Project keys separated by commas, for example CS, HELP.',
      'Enter at least one project key.',
    ]);
    expect(screen.getByLabelText('Period in months').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number from 1 to 24.')).toBeTruthy();
  });

  it('shows a translated error when Jira does not take the settings', async () => {
    const host = makeHost({ context: gadgetContext('edit', saved), submit: () => Promise.reject(new UiError('BRIDGE', 'submit failed')) });
    await renderSurface(AppShell, GadgetBody, host);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The page could not talk to Jira. Reload the page and try again.')).toBeTruthy();
  });
});
