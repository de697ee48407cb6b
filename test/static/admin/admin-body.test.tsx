/** @jest-environment jsdom */
import { AppShell } from '../../../static/shared/shell/AppShell';
import { AdminBody } from '../../../static/admin/components/AdminBody';
import { cleanup, screen } from '@testing-library/react';
import { adminAnswer } from '../support/admin-answers';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

describe('AdminBody', () => {
  it.each([
    ['en-US', 'Complaint Advocate settings', ['Departments', 'Groups', 'Business calendar', 'Reminder policy', 'Repeat complaints, retention and sending', 'Triage suggestion', 'Health check', 'Set up project']],
    ['uk-UA', 'Налаштування Complaint Advocate', ['Відділи', 'Групи', 'Робочий календар', 'Правила нагадувань', 'Повторні скарги, зберігання та надсилання', 'Підказка під час розбору', 'Перевірка стану', 'Налаштування проєкту']],
  ])('in %s shows the page heading and one described section per settings area', async (locale, heading, sections) => {
    const host = makeHost({ context: makeContext({ locale, extension: { type: 'jira:adminPage' } }), onCall: (key) => Promise.resolve(adminAnswer(key)) });
    await renderSurface(AppShell, AdminBody, host);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeTruthy();
    await screen.findByRole('region', { name: sections[0] });
    const regions = screen.getAllByRole('region');
    const names = regions.map((region) => document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent);
    expect(names).toEqual(sections);
    for (const region of regions) expect(region.querySelector('p')?.textContent.length).toBeGreaterThan(20);
  });
});
