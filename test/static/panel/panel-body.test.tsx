/** @jest-environment jsdom */
import { cleanup, screen } from '@testing-library/react';
import type * as PanelBodyModule from '../../../static/panel/components/PanelBody';
import type * as AppShellModule from '../../../static/shared/shell/AppShell';
import { prepareAtlaskit } from '../support/atlaskit-in-jest';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

let AppShell: typeof AppShellModule.AppShell;
let PanelBody: typeof PanelBodyModule.PanelBody;

beforeAll(() => {
  prepareAtlaskit();
  ({ AppShell } = jest.requireActual<typeof AppShellModule>('../../../static/shared/shell/AppShell'));
  ({ PanelBody } = jest.requireActual<typeof PanelBodyModule>('../../../static/panel/components/PanelBody'));
});
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
