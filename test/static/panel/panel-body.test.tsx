/** @jest-environment jsdom */
import { AppShell } from '../../../static/shared/shell/AppShell';
import { PanelBody } from '../../../static/panel/components/PanelBody';
import { cleanup, screen } from '@testing-library/react';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

describe('PanelBody', () => {
  it('names the complaint by its issue key and says what the panel will show', async () => {
    await renderSurface(AppShell, PanelBody, makeHost({ context: makeContext({ locale: 'ru-RU' }) }));
    expect(screen.getByRole('heading', { level: 1, name: 'Жалоба' })).toBeTruthy();
    expect(screen.getByText('Задача CS-7')).toBeTruthy();
    expect(screen.getByText(/статус жалобы, ответственного руководителя и историю действий/)).toBeTruthy();
  });

  it('says so when it is not on an issue', async () => {
    await renderSurface(AppShell, PanelBody, makeHost({ context: makeContext({ extension: { type: 'jira:issuePanel' } }) }));
    expect(screen.getByText('This panel is not attached to an issue.')).toBeTruthy();
  });
});
