/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { PortalComplaint } from '../../../src/contracts/resolver-contracts';
import { PortalBody } from '../../../static/portal/components/PortalBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import type { FakeHost } from '../support/fake-host';
import { makePortalComplaint, PORTAL_NOW, portalHost, portalView, PROFILE_PANEL } from '../support/portal-view';

afterEach(cleanup);

const renderPortal = (host: FakeHost) => render(<AppShell host={host} languagePicker={false}>{(context) => <PortalBody context={context} />}</AppShell>);

const DEPARTMENTS = [
  { id: 'billing', name: 'Billing' },
  { id: 'cards', name: 'Cards' },
];
const anonymous = makePortalComplaint({ issueKey: 'CMP-12', summary: 'Rude at the counter', anonymous: true, escalation: { grounds: ['disagree'], escalatedAt: null } });

/** `portal/anonymous` answers each list in turn, the last one again after that. */
const profileHost = (lists: readonly (readonly PortalComplaint[])[], answers: Parameters<typeof portalHost>[1] = {}) => {
  let loads = 0;
  return portalHost(PROFILE_PANEL, {
    'portal/anonymous': () => Promise.resolve({ now: PORTAL_NOW, complaints: lists[Math.min(loads++, lists.length - 1)], departments: DEPARTMENTS }),
    ...answers,
  });
};

describe('the profile panel on the portal', () => {
  it('says so when the customer has no anonymous complaint', async () => {
    renderPortal(profileHost([[]]));
    expect(await screen.findByText('You have not raised a complaint anonymously.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Your complaints' })).toBeTruthy();
  });

  it('lists the anonymous complaints, each opening into the request page’s view, whose actions name the complaint', async () => {
    const escalated = { ...anonymous, escalation: { grounds: [], escalatedAt: PORTAL_NOW } };
    const host = profileHost([[anonymous, makePortalComplaint({ issueKey: 'CMP-13', summary: 'Late refund', stage: 'closed', nextStep: null })]], {
      'portal/escalate': () => Promise.resolve(portalView(escalated)),
    });
    renderPortal(host);
    const toggle = await screen.findByRole('button', { name: 'CMP-12: Rude at the counter' });
    expect(screen.getByRole('button', { name: 'CMP-13: Late refund' })).toBeTruthy();
    expect(screen.getByText('Closed')).toBeTruthy();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { level: 3, name: 'Where it stands' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Escalate' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'In a few words, what is wrong' }), { target: { value: 'Not enough' } });
    fireEvent.click(within(screen.getByRole('form')).getByRole('button', { name: 'Escalate' }));
    await screen.findByText('Your complaint was escalated: a manager has been told.');
    expect(host.calls.find((c) => c.key === 'portal/escalate')?.request).toEqual({ ground: 'disagree', reason: 'Not enough', issueKey: 'CMP-12' });
    expect(screen.getByText(/You escalated this complaint on/)).toBeTruthy();
  });

  it('raises a complaint anonymously, then names its key and lists it', async () => {
    const raised = makePortalComplaint({ issueKey: 'CMP-20', summary: 'Lost parcel', stage: 'received', anonymous: true });
    const host = profileHost([[], [raised]], { 'portal/raise-anonymous': () => Promise.resolve({ issueKey: 'CMP-20' }) });
    renderPortal(host);
    fireEvent.click(await screen.findByRole('button', { name: 'Raise a complaint anonymously' }));
    const form = screen.getByRole('form', { name: 'Tell us what happened' });
    fireEvent.click(within(form).getByRole('button', { name: 'Raise the complaint' }));
    expect(await screen.findByText('Check the highlighted fields.')).toBeTruthy();
    expect(within(form).getAllByText('Fill this in.')).toHaveLength(3);
    expect(host.calls.some((c) => c.key === 'portal/raise-anonymous')).toBe(false);

    fireEvent.change(within(form).getByRole('textbox', { name: 'What is your complaint about?' }), { target: { value: 'Lost parcel' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'What happened' }), { target: { value: 'It never came.' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Which department is it about?' }), { target: { value: 'cards' } });
    expect(within(form).getByRole('group', { name: 'How can we reach you?' })).toBeTruthy();
    fireEvent.change(within(form).getByRole('combobox', { name: 'How would you like us to reach you?' }), { target: { value: 'email' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'E-mail address' }), { target: { value: 'me@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Raise the complaint' }));

    expect(await screen.findByText('Your complaint CMP-20 was raised. You can follow it in the list above.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'CMP-20: Lost parcel' })).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'portal/raise-anonymous')?.request).toEqual({
      summary: 'Lost parcel',
      description: 'It never came.',
      departmentId: 'cards',
      contact: { name: '', email: 'me@example.org', phone: '', note: '', preferredChannel: 'email' },
    });
  });

  it('puts a problem the server finds in the contact data by its field', async () => {
    const invalid = new UiError('INVALID_INPUT', 'Invalid request', { fields: [{ path: 'contact.phone', message: 'must be a phone number' }] });
    renderPortal(profileHost([[]], { 'portal/raise-anonymous': () => Promise.reject(invalid) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Raise a complaint anonymously' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What is your complaint about?' }), { target: { value: 'Lost parcel' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: 'It never came.' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Phone number' }), { target: { value: 'call me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Raise the complaint' }));
    expect(await screen.findByText('This value was not accepted.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Phone number' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Some of the data is not valid.');
  });
});
