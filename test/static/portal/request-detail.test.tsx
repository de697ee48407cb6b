/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PortalBody } from '../../../static/portal/components/PortalBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makePortalComplaint, portalHost, portalView, REQUEST_DETAIL } from '../support/portal-view';
import type { FakeHost } from '../support/fake-host';
import type { PortalComplaint } from '../../../src/contracts/resolver-contracts';

afterEach(cleanup);

const renderPortal = (host: FakeHost) => render(<AppShell host={host} languagePicker={false}>{(context) => <PortalBody context={context} />}</AppShell>);

const viewHost = (complaint: PortalComplaint | null, answers: Parameters<typeof portalHost>[1] = {}) =>
  portalHost(REQUEST_DETAIL, { 'portal/view': () => Promise.resolve(portalView(complaint)), ...answers });

const overdue = makePortalComplaint({
  nextStep: { step: 'start', dueAt: Date.UTC(2026, 11, 3, 9), overdue: true },
  stage: 'received',
  escalation: { grounds: ['overdue'], escalatedAt: null },
});

describe('the request page on the portal', () => {
  it('shows nothing at all on a request that is not a complaint', async () => {
    const host = viewHost(null);
    const { container } = renderPortal(host);
    await waitFor(() => {
      expect(host.calls.some((c) => c.key === 'portal/view')).toBe(true);
    });
    await waitFor(() => {
      expect(container.textContent).toBe('');
    });
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('says where the complaint stands, the next step, the deadline, the shared measures and the anonymity', async () => {
    renderPortal(viewHost(makePortalComplaint({ regulatoryDeadline: Date.UTC(2027, 0, 30, 17), sharedMeasures: 'Refund the second charge', anonymous: true })));
    await screen.findByRole('heading', { level: 2, name: 'Where it stands' });
    expect(screen.getByRole('heading', { level: 1, name: 'Your complaint' })).toBeTruthy();
    expect(screen.getByText(/Your complaint is being handled\. Work on it started on Dec 2, 2026, 9:30 AM/)).toBeTruthy();
    expect(screen.getByText('Next step: the department carries out its measures.', { exact: false })).toBeTruthy();
    expect(screen.getByText('Promised by Dec 9, 2026, 5:00 PM.')).toBeTruthy();
    expect(screen.getByText(/final response by Jan 30, 2027, 5:00 PM/)).toBeTruthy();
    expect(screen.getByText('Refund the second charge')).toBeTruthy();
    expect(screen.getByText(/does not know your name/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
    // Nothing offered, so no actions at all.
    expect(screen.queryByRole('heading', { name: 'What you can do' })).toBeNull();
  });

  it('escalates on the one offered ground with the customer’s reason, then says so and offers it no more', async () => {
    const escalated = { ...overdue, escalation: { grounds: [], escalatedAt: Date.UTC(2026, 11, 5, 10) } };
    const host = viewHost(overdue, { 'portal/escalate': () => Promise.resolve(portalView(escalated)) });
    renderPortal(host);
    expect(await screen.findByText('Overdue since Dec 3, 2026, 9:00 AM.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Confirm the outcome' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Escalate' }));
    expect(screen.getByRole('radio', { name: 'The next step is overdue' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.change(screen.getByRole('textbox', { name: 'In a few words, what is wrong' }), { target: { value: ' Nobody has called me ' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Escalate' }).at(-1) as HTMLElement);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Your complaint was escalated: a manager has been told.');
    expect(host.calls.find((c) => c.key === 'portal/escalate')?.request).toEqual({ ground: 'overdue', reason: 'Nobody has called me' });
    expect(screen.getByText('You escalated this complaint on Dec 5, 2026, 10:00 AM.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Escalate' })).toBeNull();
  });

  it('checks the form before calling: a reason is needed, and two grounds need a choice', async () => {
    const host = viewHost({ ...overdue, escalation: { grounds: ['overdue', 'disagree'], escalatedAt: null } });
    renderPortal(host);
    fireEvent.click(await screen.findByRole('button', { name: 'Escalate' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Escalate' }).at(-1) as HTMLElement);
    expect(await screen.findByText('Check the highlighted fields.')).toBeTruthy();
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2);
    expect(screen.getByRole('radiogroup', { name: 'Why do you escalate?' }).getAttribute('aria-invalid')).toBe('true');
    expect(host.calls.some((c) => c.key === 'portal/escalate')).toBe(false);
  });

  it('explains a second escalation in the same stage in words for a customer, and Cancel gives focus back', async () => {
    renderPortal(viewHost(overdue, { 'portal/escalate': () => Promise.reject(new UiError('CONFLICT', 'already escalated in this stage')) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Escalate' }));
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Again' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Escalate' }).at(-1) as HTMLElement);
    expect(await screen.findByText(/This was already done at this stage of the complaint/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(document.activeElement?.textContent).toBe('Escalate');
    });
  });

  it('confirms the outcome with a rating of 1 to 5', async () => {
    const closed = makePortalComplaint({ stage: 'closed', nextStep: null, outcome: { canConfirm: true, confirmed: null } });
    const rated = { ...closed, outcome: { canConfirm: true, confirmed: { satisfaction: 5, resolved: true, at: Date.UTC(2026, 11, 5, 10) } } };
    const host = viewHost(closed, { 'portal/confirm-outcome': () => Promise.resolve(portalView(rated)) });
    renderPortal(host);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm the outcome' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, it is resolved' }));
    fireEvent.click(screen.getByRole('radio', { name: '5 Very satisfied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText('Thank you: your answer was recorded.')).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'portal/confirm-outcome')?.request).toEqual({ resolved: true, satisfaction: 5 });
    expect(screen.getByText('On Dec 5, 2026, 10:00 AM you rated the outcome 5 out of 5.')).toBeTruthy();
  });

  it('says "not resolved" in the customer’s words, and asks for them first', async () => {
    const closed = makePortalComplaint({ stage: 'closed', nextStep: null, outcome: { canConfirm: true, confirmed: null } });
    const host = viewHost(closed, { 'portal/confirm-outcome': () => Promise.resolve(portalView({ ...closed, stage: 'being_handled' })) });
    renderPortal(host);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm the outcome' }));
    fireEvent.click(screen.getByRole('radio', { name: 'No, it is not resolved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText('Fill this in.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'What is still not resolved?' }), { target: { value: 'Still charged twice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText(/Your complaint is being handled/)).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'portal/confirm-outcome')?.request).toEqual({ resolved: false, words: 'Still charged twice' });
  });

  it('explains a refused view to the customer and tries again', async () => {
    let calls = 0;
    renderPortal(
      portalHost(REQUEST_DETAIL, {
        'portal/view': () => (++calls === 1 ? Promise.reject(new UiError('NOT_FOUND', 'not theirs')) : Promise.resolve(portalView(makePortalComplaint()))),
      }),
    );
    expect(await screen.findByText(/We could not find this complaint among yours/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Where it stands' })).toBeTruthy();
  });

  it('speaks the language of the customer’s Jira locale', async () => {
    renderPortal(portalHost(REQUEST_DETAIL, { 'portal/view': () => Promise.resolve(portalView(overdue)) }, 'uk-UA'));
    expect(await screen.findByRole('button', { name: 'Ескалувати' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Ваша скарга' })).toBeTruthy();
  });
});
