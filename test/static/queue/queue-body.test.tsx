/** @jest-environment jsdom */
import axe from 'axe-core';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { AdvocateQueueRow, AdvocateQueueView } from '../../../src/contracts/resolver-contracts';
import { QueueBody } from '../../../static/queue/components/QueueBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 4, 12, 0);

const row = (overrides: Partial<AdvocateQueueRow>): AdvocateQueueRow => ({
  issueId: '10001',
  issueKey: 'CMP-1',
  summary: 'Charged twice',
  departmentName: 'Billing',
  status: 'in_progress',
  reason: 'overdue',
  since: NOW - 26 * HOUR,
  dueAt: NOW - 26 * HOUR,
  escalationLevel: 0,
  ...overrides,
});

const QUEUE: AdvocateQueueView = {
  now: NOW,
  total: 3,
  complete: true,
  items: [
    row({ issueId: '10003', issueKey: 'CMP-3', reason: 'escalated', escalationLevel: 1, summary: 'Rude answer' }),
    row({}),
    row({ issueId: '10002', issueKey: 'CMP-2', reason: 'triage', departmentName: null, status: 'registered', dueAt: null, summary: 'Parcel lost' }),
  ],
};

const context = (locale: string) => makeContext({ locale, extension: { type: 'jiraServiceManagement:queuePage', project: { id: '10000', key: 'CMP', type: 'service_desk' } } });

const show = async (answer: (key: string) => Promise<unknown>, locale = 'en-US') => {
  const host = makeHost({ context: context(locale), onCall: (key) => (key === 'queue/list' ? answer(key) : Promise.resolve({ language: null })) });
  await renderSurface(AppShell, QueueBody, host);
  return host;
};

const rowsText = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').concat(within(r).getAllByRole('rowheader')).map((c) => c.textContent));

/** Every violation axe finds; jsdom draws nothing, so contrast is left to the browser test. */
const violations = async (): Promise<string[]> => {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
};

describe('the advocate queue page', () => {
  it('lists the queue in the order it came, each row with its reason, link, department, status, since and due', async () => {
    const host = await show(() => Promise.resolve(QUEUE));
    await screen.findByRole('table', { name: 'The 3 most urgent of 3 complaints awaiting the advocate, the most urgent first' });
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['CMP-3: Rude answer', 'https://example.atlassian.net/browse/CMP-3'],
      ['CMP-1: Charged twice', 'https://example.atlassian.net/browse/CMP-1'],
      ['CMP-2: Parcel lost', 'https://example.atlassian.net/browse/CMP-2'],
    ]);
    const [escalated, overdue, triage] = rowsText();
    expect(escalated?.slice(0, 3)).toEqual(['Escalated', 'Billing', 'In progress']);
    expect(overdue?.[3]).toMatch(/^1 day, 2 hours ago/);
    expect(overdue?.[4]).toMatch(/^overdue by 1 day, 2 hours/);
    expect(triage?.slice(0, 3)).toEqual(['Triage', 'None (triage)', 'Registered']);
    expect(triage?.[4]).toBe('No due date');
    expect(host.calls.filter((c) => c.key === 'queue/list')).toEqual([{ key: 'queue/list', request: {} }]);
  });

  it('opens the complaint through the host, not by leaving the frame', async () => {
    const host = await show(() => Promise.resolve(QUEUE));
    const link = await screen.findByRole('link', { name: 'CMP-1: Charged twice' });
    expect(fireEvent.click(link)).toBe(false);
    expect(host.navigated).toEqual(['/browse/CMP-1']);
  });

  it('is reached from the keyboard: after the language picker, the first stop is the most urgent complaint’s link', async () => {
    await show(() => Promise.resolve(QUEUE));
    await screen.findByRole('table');
    const focusable = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, select, input, [tabindex]')).filter((e) => e.tabIndex >= 0);
    expect(focusable.map((e) => e.tagName)).toEqual(['SELECT', 'A', 'A', 'A']);
    focusable[1]?.focus();
    expect(document.activeElement?.textContent).toBe('CMP-3: Rude answer');
  });

  it('lists a complaint without a summary by its key alone; says "at least" when the count is cut', async () => {
    await show(() => Promise.resolve({ ...QUEUE, complete: false, items: QUEUE.items.map((i) => ({ ...i, summary: '' })) }));
    await screen.findAllByRole('link');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['CMP-3', 'CMP-1', 'CMP-2']);
    expect(screen.getByRole('table', { name: /of at least 3 complaints/ })).toBeTruthy();
  });

  it('says when nothing awaits the advocate', async () => {
    await show(() => Promise.resolve({ ...QUEUE, total: 0, items: [] }));
    expect(await screen.findByText(/Nothing awaits the advocate right now/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells someone who is not an advocate that the queue is not for them, without a Try again that cannot help', async () => {
    await show(() => Promise.reject(new UiError('FORBIDDEN', 'The queue is for advocates')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This queue is for complaint advocates');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('shows a failure with Try again, which asks again', async () => {
    let answers = [Promise.reject(new UiError('TIMEOUT', 'queue/list took too long')), Promise.resolve(QUEUE)];
    answers[0]?.catch(() => undefined);
    const host = await show(() => {
      const [next, ...rest] = answers;
      answers = rest;
      return next ?? Promise.resolve(QUEUE);
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The app took too long to answer');
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
      await Promise.resolve();
    });
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(host.calls.filter((c) => c.key === 'queue/list')).toHaveLength(2);
  });

  it.each([
    ['ru-RU', 'Самые срочные 3 из 3 жалоб, ждущих защитника клиента, сначала самые срочные', 'Эскалация'],
    ['uk-UA', 'Найтерміновіші 3 з 3 скарг, що чекають на захисника клієнта, спершу найтерміновіші', 'Ескалація'],
  ])('speaks %s and has no axe violations', async (locale, caption, escalated) => {
    await show(() => Promise.resolve(QUEUE), locale);
    await screen.findByRole('table', { name: caption });
    expect(rowsText()[0]?.[0]).toBe(escalated);
    expect(await violations()).toEqual([]);
  });
});
