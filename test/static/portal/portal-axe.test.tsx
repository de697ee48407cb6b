/** @jest-environment jsdom */
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PortalBody } from '../../../static/portal/components/PortalBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import type { FakeHost } from '../support/fake-host';
import { makePortalComplaint, PORTAL_NOW, portalHost, portalView, PROFILE_PANEL, REQUEST_DETAIL } from '../support/portal-view';

afterEach(cleanup);

const renderPortal = (host: FakeHost) => render(<AppShell host={host} languagePicker={false}>{(context) => <PortalBody context={context} />}</AppShell>);

/** Every violation axe finds, whatever its impact: the portal is for everyone, so none is let through. */
const violations = async (): Promise<string[]> => {
  // jsdom draws nothing, so contrast is left to the browser tests; structure, names and roles are checked here.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
};

const complaint = makePortalComplaint({
  anonymous: true,
  sharedMeasures: 'Refund the second charge',
  regulatoryDeadline: Date.UTC(2027, 0, 30),
  escalation: { grounds: ['overdue', 'disagree'], escalatedAt: null },
  outcome: { canConfirm: true, confirmed: null },
});

describe('portal accessibility (axe, in jsdom)', () => {
  it.each([
    ['Escalate', 'Escalate'],
    ['Confirm the outcome', 'Send my answer'],
  ])('has no violations on the request page with the %s form open and its problems shown', async (open, send) => {
    renderPortal(portalHost(REQUEST_DETAIL, { 'portal/view': () => Promise.resolve(portalView(complaint)) }, 'ru-RU'));
    const names: Record<string, string> = { Escalate: 'Эскалировать', 'Confirm the outcome': 'Подтвердить результат', 'Send my answer': 'Отправить ответ' };
    fireEvent.click(await screen.findByRole('button', { name: names[open] }));
    fireEvent.click(screen.getAllByRole('button', { name: names[send] }).at(-1) as HTMLElement);
    await screen.findByText('Проверьте отмеченные поля.');
    expect(await violations()).toEqual([]);
  });

  it('has no violations on the profile panel with a complaint open and the raise form open', async () => {
    renderPortal(
      portalHost(PROFILE_PANEL, { 'portal/anonymous': () => Promise.resolve({ now: PORTAL_NOW, complaints: [complaint], departments: [{ id: 'billing', name: 'Billing' }] }) }, 'uk-UA'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'CMP-7: Charged twice for one order' }));
    fireEvent.click(screen.getByRole('button', { name: 'Подати скаргу анонімно' }));
    fireEvent.click(screen.getByRole('button', { name: 'Подати скаргу' }));
    await screen.findByText('Перевірте позначені поля.');
    expect(await violations()).toEqual([]);
  });
});
