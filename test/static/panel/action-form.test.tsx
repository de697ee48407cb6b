/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { PanelBody } from '../../../static/panel/components/PanelBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makeView, panelHost } from '../support/panel-view';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const measuresDone = makeView({ actions: ['close', 'return_for_rework', 'reroute'], complaint: { status: 'measures_done', due: null } });
const closed = makeView({ actions: ['reopen'], complaint: { status: 'closed', resolution: 'done', satisfaction: 4, due: null } });

const openForm = async (name: string) => {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.getByRole('form', { name });
};

describe('action forms', () => {
  it('names the follow-up complaint it opened, with the reason given', async () => {
    const followedUp = makeView({ actions: ['reopen'], complaint: { status: 'closed', resolution: 'done', due: null } });
    const host = panelHost([makeView({ actions: ['reopen', 'open_follow_up'], complaint: { status: 'closed', resolution: 'done', due: null } }), followedUp], {
      'complaint/open-follow-up': () => Promise.resolve({ issueKey: 'CMP-77' }),
    });
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Open follow-up complaint');
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'The refund never arrived' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Open follow-up complaint' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Follow-up complaint CMP-77 is opened; routing gives it to the department.');
    expect(host.calls.find((c) => c.key === 'complaint/open-follow-up')?.request).toEqual({ reason: 'The refund never arrived' });
    expect(screen.queryByRole('button', { name: 'Open follow-up complaint' })).toBeNull();
  });

  it('starts work with the measures shared with the customer when the lead ticks the box', async () => {
    const host = panelHost([makeView({ actions: ['start_work'], complaint: { status: 'registered' } })]);
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Start work');
    fireEvent.change(within(form).getByLabelText('Measures: what the department will do'), { target: { value: 'Refund the fee' } });
    fireEvent.change(within(form).getByLabelText('Measures deadline'), { target: { value: '2026-12-10' } });
    const share = within(form).getByRole('checkbox', { name: 'Share the measures with the customer' });
    expect(share).toHaveProperty('checked', false);
    fireEvent.click(share);
    fireEvent.click(within(form).getByRole('button', { name: 'Start work' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'complaint/start-work')?.request).toEqual({ measures: 'Refund the fee', measuresDeadline: '2026-12-10', shareMeasures: true });
  });

  it('closes with the satisfaction, the explicit resolved choice and the call notes, then reloads the view', async () => {
    const host = panelHost([measuresDone, closed]);
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Record the call and close');
    fireEvent.click(within(form).getByRole('radio', { name: '4 Satisfied' }));
    fireEvent.click(within(form).getByRole('radio', { name: 'No' }));
    fireEvent.change(within(form).getByLabelText('Notes of the call'), { target: { value: 'She is happy with the refund' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the call and close' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', '“Record the call and close” is done.');
    expect(host.calls.find((c) => c.key === 'complaint/close')?.request).toEqual({ satisfaction: 4, consideredResolved: false, callNotes: 'She is happy with the refund' });
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(2);
    expect(await screen.findByRole('button', { name: 'Reopen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record the call and close' })).toBeNull();
  });

  it('shows the required-field problems without calling the resolver', async () => {
    const host = panelHost([measuresDone]);
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Record the call and close');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the call and close' }));
    expect(within(form).getAllByText('Fill this in.')).toHaveLength(3);
    expect(within(form).getByText('Check the highlighted fields.')).toBeTruthy();
    expect(within(form).getByRole('radiogroup', { name: 'Customer satisfaction' }).getAttribute('aria-invalid')).toBe('true');
    expect(host.calls.map((c) => c.key)).not.toContain('complaint/close');
  });

  it('shows the server’s field problems by their fields, in the user’s language', async () => {
    const refusal = new UiError('INVALID_INPUT', 'measuresDeadline is in the past', { fields: [{ path: 'measuresDeadline', message: 'deadline_in_past' }] });
    const host = panelHost([makeView({ actions: ['start_work'], complaint: { status: 'registered' } })], { 'complaint/start-work': () => Promise.reject(refusal) }, 'ru-RU');
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Начать работу');
    fireEvent.change(within(form).getByLabelText('Меры: что сделает отдел'), { target: { value: 'Вернуть деньги' } });
    const deadline = within(form).getByLabelText('Срок мер');
    expect(deadline.getAttribute('min')).toBe('2026-12-05');
    fireEvent.change(deadline, { target: { value: '2026-12-06' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Начать работу' }));

    expect(await within(form).findByText('Выберите сегодняшнюю или более позднюю дату.')).toBeTruthy();
    expect(within(form).getByText('Часть данных неверна. Проверьте поля и повторите попытку.')).toBeTruthy();
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
  });

  it('leaves the submit button usable after a call fails or times out', async () => {
    let attempts = 0;
    const host = panelHost([closed], {
      'complaint/reopen': () => {
        attempts += 1;
        return Promise.reject(new UiError('TIMEOUT', 'complaint/reopen did not answer within 20000 ms'));
      },
    });
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Reopen');
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'She called back' } });
    const submit = within(form).getByRole('button', { name: 'Reopen' });
    fireEvent.click(submit);
    expect(await within(form).findByText('The app took too long to answer. Check your connection and try again.')).toBeTruthy();
    expect(submit.hasAttribute('disabled')).toBe(false);
    fireEvent.click(submit);
    await within(form).findByRole('alert');
    expect(attempts).toBe(2);
  });

  it('moves the focus into a form as it opens and back to its button as it closes', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([measuresDone]));
    const button = await screen.findByRole('button', { name: 'Return for rework' });
    act(() => {
      button.click();
    });
    const form = screen.getByRole('form', { name: 'Return for rework' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Reason'));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('re-routes to a department and one of its people, named from the view', async () => {
    const host = panelHost([measuresDone]);
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Re-route');
    fireEvent.change(within(form).getByLabelText('Department'), { target: { value: 'cards' } });
    const person = within(form).getByLabelText('Person');
    expect(within(person).getAllByRole('option').map((o) => o.textContent)).toEqual(['Whoever routing picks', 'Dan Deputy, deputy']);
    fireEvent.change(person, { target: { value: 'account-deputy-2' } });
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'Card fees' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Re-route' }));
    await screen.findByRole('status');
    expect(host.calls.find((c) => c.key === 'complaint/reroute')?.request).toEqual({ departmentId: 'cards', accountId: 'account-deputy-2', reason: 'Card fees' });
  });

  it('nudges with a single confirmation', async () => {
    const host = panelHost([makeView({ actions: ['nudge'] })], { 'complaint/nudge': () => Promise.resolve({ nudgedAt: 1 }) });
    await renderSurface(AppShell, PanelBody, host);
    const form = await openForm('Nudge now');
    expect(within(form).getByText('Send a reminder now to whoever must act next?')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Nudge now' }));
    await screen.findByRole('status');
    expect(host.calls.find((c) => c.key === 'complaint/nudge')?.request).toEqual({});
  });
});
