/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { CONTACT_LIMITS } from '../../../src/domain/contact/contact-data';
import { PanelBody } from '../../../static/panel/components/PanelBody';
import { CONTACT_MAX_LENGTH } from '../../../static/shared/contact-form';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makeView, panelHost } from '../support/panel-view';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const recorded = {
  name: null,
  email: 'customer@example.com',
  phone: null,
  preferredChannel: 'email' as const,
  note: null,
  recordedBy: 'account-advocate-1',
  recordedAt: Date.UTC(2026, 11, 4, 15),
};

describe('ContactSection', () => {
  it('stops each field where the backend does', () => {
    expect(CONTACT_MAX_LENGTH).toEqual(CONTACT_LIMITS);
  });

  it('shows the recorded contact data and who recorded it', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ contact: recorded })]));
    expect(await screen.findByText('customer@example.com')).toBeTruthy();
    expect(screen.getByText('An e-mail')).toBeTruthy();
    expect(screen.getByText(/^Recorded by Ada Advocate/)).toBeTruthy();
  });

  it('records contact data, asking first for the detail the chosen channel needs', async () => {
    const host = panelHost([makeView({ contact: null }), makeView({ contact: { ...recorded, phone: '+44 20 7946 0000', preferredChannel: 'phone' } })], {
      'contact/save': () => Promise.resolve({ contact: recorded }),
    });
    await renderSurface(AppShell, PanelBody, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Record contact data' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    fireEvent.click(screen.getByRole('button', { name: 'Save contact data' }));
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    expect(host.calls.map((c) => c.key)).not.toContain('contact/save');

    fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '+44 20 7946 0000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save contact data' }));
    expect(await screen.findByText('Contact data saved.')).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'contact/save')?.request).toEqual({ name: '', email: '', phone: '+44 20 7946 0000', note: '', preferredChannel: 'phone' });
    expect(await screen.findByText('+44 20 7946 0000')).toBeTruthy();
  });

  it('shows a refused field by its field', async () => {
    const refusal = new UiError('INVALID_INPUT', 'bad', { fields: [{ path: 'email', message: 'must be an e-mail address' }] });
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ contact: recorded })], { 'contact/save': () => Promise.reject(refusal) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit contact data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save contact data' }));
    expect(await screen.findByText('This value was not accepted.')).toBeTruthy();
    expect(screen.getByLabelText('E-mail address').getAttribute('aria-invalid')).toBe('true');
  });

  it('erases only after a confirmation whose safe choice has the focus', async () => {
    const host = panelHost([makeView({ contact: recorded }), makeView({ contact: null })], { 'contact/erase': () => Promise.resolve({ erased: true }) });
    await renderSurface(AppShell, PanelBody, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Erase contact data' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase now' }));
    expect(await screen.findByText('Contact data erased.')).toBeTruthy();
    expect(await screen.findByText('No contact data recorded yet.')).toBeTruthy();
    expect(host.calls.map((c) => c.key)).toContain('contact/erase');
  });

  it('goes back to its button when editing is cancelled', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([makeView({ contact: recorded })]));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit contact data' }));
    fireEvent.click(within(screen.getByRole('form', { name: 'Edit contact data' })).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit contact data' }));
  });
});
