/** @jest-environment jsdom */
import axe from 'axe-core';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { PanelSuggestion, PanelView } from '../../../src/contracts/panel-view';
import { PanelBody } from '../../../static/panel/components/PanelBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makeView, panelHost } from '../support/panel-view';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const SUGGESTION: PanelSuggestion = {
  departmentId: 'billing',
  departmentName: 'Billing',
  confidence: 0.823,
  category: { name: 'Fees', confidence: 0.64 },
  words: ['refund', 'charged twice'],
  examples: 14,
  source: 'local',
};

/** An advocate's view of a complaint in triage: no department yet, the suggestion as given. */
const triageView = (suggestion: PanelSuggestion | null | undefined): PanelView =>
  makeView({ complaint: { status: 'registered', department: null, responsibleAccountId: null, due: null }, actions: ['reroute'], suggestion });
const routedView = makeView({ complaint: { status: 'registered' }, actions: ['reroute'] });

const section = () => screen.getByRole('region', { name: 'Triage suggestion' });
const acceptButton = () => screen.getByRole('button', { name: 'Accept: route to Billing' });

/** A promise the test settles, to see what the panel shows while the call runs. */
const deferred = () => {
  let settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<unknown>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
};

const seriousViolations = async (): Promise<string[]> => {
  // jsdom draws nothing, so contrast is left to the browser tests; structure, names and roles are checked here.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
};

describe('the triage suggestion card', () => {
  it('shows the department, its confidence in numbers and words, the category, the words, what it learned from and who answered', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([triageView(SUGGESTION)]));
    await screen.findByRole('region', { name: 'Triage suggestion' });
    const card = within(section());
    expect(card.getByText('Suggested department: Billing')).toBeTruthy();
    expect(card.getByText('Confidence: 82% (medium)')).toBeTruthy();
    expect(card.getByText('Suggested category: Fees (confidence 64%)')).toBeTruthy();
    const words = card.getByRole('list', { name: 'Why: the words' });
    expect(within(words).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['refund', 'charged twice']);
    expect(card.getByText('Learned from past Billing complaints: 14.')).toBeTruthy();
    expect(card.getByText('Answered by: the app’s own model, learned from this site’s complaints.')).toBeTruthy();
    expect(acceptButton()).toBeTruthy();
    // The re-route form stays where it was, for choosing another department.
    expect(screen.getByRole('button', { name: 'Re-route' })).toBeTruthy();
  });

  it('leaves out the category and the words when the model gives none, and says a high confidence is high', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([triageView({ ...SUGGESTION, confidence: 0.95, category: null, words: [] })]));
    await screen.findByRole('region', { name: 'Triage suggestion' });
    expect(within(section()).getByText('Confidence: 95% (high)')).toBeTruthy();
    expect(within(section()).queryByText(/Suggested category/)).toBeNull();
    expect(within(section()).queryByRole('list')).toBeNull();
  });

  it('accepts with one click: the department seen is sent, the button works meanwhile, then the view is read again and says so', async () => {
    const call = deferred();
    const host = panelHost([triageView(SUGGESTION), routedView], { 'complaint/accept-suggestion': () => call.promise });
    await renderSurface(AppShell, PanelBody, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept: route to Billing' }));
    expect(host.calls.filter((c) => c.key === 'complaint/accept-suggestion').map((c) => c.request)).toEqual([{ departmentId: 'billing' }]);
    // While the call runs the button says it is loading and takes no second click.
    expect(screen.getByRole('button', { name: /^Accept: route to Billing\s*, Loading$/ }).getAttribute('aria-disabled')).toBe('true');

    await act(async () => {
      call.resolve({ departmentId: 'billing', responsibleAccountId: 'account-lead-1' });
      await call.promise;
    });
    const done = await screen.findByRole('status');
    expect(done.textContent).toBe('Routed to Billing, as the app suggested.');
    expect(document.activeElement).toBe(done);
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(2);
    // The reloaded view has no suggestion: the complaint left triage.
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
    expect(screen.getByText('Lena Lead')).toBeTruthy();
  });

  it('says clearly that the suggestion changed on a conflict, and reads the view again, without a spinner left behind', async () => {
    const changed = triageView({ ...SUGGESTION, departmentId: 'cards', departmentName: 'Cards', confidence: 0.71 });
    const host = panelHost([triageView(SUGGESTION), changed], {
      'complaint/accept-suggestion': () => Promise.reject(new UiError('CONFLICT', 'the suggestion changed')),
    });
    await renderSurface(AppShell, PanelBody, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept: route to Billing' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/The suggestion changed after the panel opened/)).toBeTruthy();
    expect(within(alert).getByText('Details: the suggestion changed')).toBeTruthy();
    const next = await screen.findByRole('button', { name: 'Accept: route to Cards' });
    expect(next.getAttribute('aria-disabled')).toBeNull();
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(2);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows any other failure with its own explanation and lets the advocate try again', async () => {
    let fail = true;
    const host = panelHost([triageView(SUGGESTION), routedView], {
      'complaint/accept-suggestion': () => (fail ? Promise.reject(new UiError('TIMEOUT', 'complaint/accept-suggestion took too long')) : Promise.resolve({ departmentId: 'billing', responsibleAccountId: 'account-lead-1' })),
    });
    await renderSurface(AppShell, PanelBody, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept: route to Billing' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The app took too long to answer. Check your connection and try again.')).toBeTruthy();
    expect(within(alert).queryByText(/The suggestion changed/)).toBeNull();
    expect(host.calls.filter((c) => c.key === 'panel/view')).toHaveLength(1);

    fail = false;
    fireEvent.click(acceptButton());
    expect((await screen.findByRole('status')).textContent).toBe('Routed to Billing, as the app suggested.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the app has no suggestion yet when the model had none, with nothing to accept', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([triageView(null)]));
    await screen.findByRole('region', { name: 'Triage suggestion' });
    expect(within(section()).getByText('The app has no suggestion for this complaint yet (it learns from complaints routed here).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
  });

  it('is not there for anyone the view carries no suggestion for', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([triageView(undefined)]));
    await screen.findByRole('heading', { name: 'History' });
    expect(screen.queryByRole('region', { name: 'Triage suggestion' })).toBeNull();
  });

  it.each([
    ['ru-RU', 'Подсказка при разборе', 'Принять: передать отделу «Billing»', /^Уверенность: 82\s%\s\(средняя\)$/],
    ['uk-UA', 'Підказка під час розбору', 'Прийняти: передати відділу «Billing»', /^Впевненість: 82%\s\(середня\)$/],
  ])('in %s reads in that language and has no serious axe violations, also with an error shown', async (locale, heading, accept, confidence) => {
    const host = panelHost([triageView(SUGGESTION)], { 'complaint/accept-suggestion': () => Promise.reject(new UiError('CONFLICT', 'changed')) }, locale);
    await renderSurface(AppShell, PanelBody, host);
    const card = within(await screen.findByRole('region', { name: heading }));
    expect(card.getByText(confidence)).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(card.getByRole('button', { name: accept }));
    await screen.findByRole('alert');
    expect(await seriousViolations()).toEqual([]);
  });

  it('in Ukrainian, with no suggestion, still has no serious axe violations', async () => {
    await renderSurface(AppShell, PanelBody, panelHost([triageView(null)], {}, 'uk-UA'));
    expect(await screen.findByText('Застосунок поки не має підказки для цієї скарги (він навчається на скаргах, які тут розподіляють).')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });
});
