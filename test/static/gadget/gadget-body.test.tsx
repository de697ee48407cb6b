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
const DEPARTMENTS = [
  { id: 'billing', name: 'Billing' },
  { id: 'support', name: 'Support' },
];
const answers = (key: string) => Promise.resolve(key === 'gadget/departments' ? { departments: DEPARTMENTS } : { language: null });

describe('gadget edit mode', () => {
  it('pre-fills the saved settings, offers the configured departments and triage, and submits the parsed config', async () => {
    const host = makeHost({ context: gadgetContext('edit', saved), onCall: answers });
    await renderSurface(AppShell, GadgetBody, host);
    const projects = screen.getByLabelText<HTMLInputElement>('Projects');
    expect(projects.value).toBe('CS, HELP');
    fireEvent.change(projects, { target: { value: 'cs, ops' } });
    const departments = screen.getByRole('group', { name: 'Departments' });
    await within(departments).findByRole('checkbox', { name: 'Billing' });
    expect(within(departments).getAllByRole<HTMLInputElement>('checkbox').map((box) => box.checked)).toEqual([false, false, false]);
    expect(within(departments).getAllByRole('checkbox').map((box) => box.closest('div')?.textContent)).toEqual(['Billing', 'Support', 'Triage (no department)']);
    fireEvent.click(within(departments).getByRole('checkbox', { name: 'Triage (no department)' }));
    fireEvent.click(within(departments).getByRole('checkbox', { name: 'Billing' }));
    // Inside act, so the state update after the host answers is applied before the test ends.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    expect(host.submitted).toEqual([{ projects: ['CS', 'OPS'], periodMonths: 12, departments: ['triage', 'billing'] }]);
  });

  it('keeps a saved department the configuration no longer has, under its id, so that it can be unticked', async () => {
    const host = makeHost({ context: gadgetContext('edit', { ...saved, departments: ['closed-branch', 'support'] }), onCall: answers });
    await renderSurface(AppShell, GadgetBody, host);
    const gone = await screen.findByRole('checkbox', { name: 'closed-branch' });
    expect((gone as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Support' }).checked).toBe(true);
    fireEvent.click(gone);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    expect(host.submitted).toEqual([{ ...saved, departments: ['support'] }]);
  });

  it('says so when the department list cannot be loaded, and still saves the rest', async () => {
    const host = makeHost({
      context: gadgetContext('edit', saved),
      onCall: (key) => (key === 'gadget/departments' ? Promise.reject(new UiError('INTERNAL', 'down')) : answers(key)),
    });
    await renderSurface(AppShell, GadgetBody, host);
    expect(await screen.findByText('The department list could not be loaded. Reload the gadget to try again.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    expect(host.submitted).toEqual([saved]);
  });

  it('refuses to submit invalid settings and marks each field with its message', async () => {
    const host = makeHost({ context: gadgetContext('edit', undefined), onCall: answers });
    await renderSurface(AppShell, GadgetBody, host);
    fireEvent.change(screen.getByLabelText('Period in months'), { target: { value: '13' } });
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
    expect(screen.getByText('Enter a whole number from 1 to 12.')).toBeTruthy();
  });

  it('shows a translated error when Jira does not take the settings', async () => {
    const host = makeHost({ context: gadgetContext('edit', saved), onCall: answers, submit: () => Promise.reject(new UiError('BRIDGE', 'submit failed')) });
    await renderSurface(AppShell, GadgetBody, host);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The page could not talk to Jira. Reload the page and try again.')).toBeTruthy();
  });
});
