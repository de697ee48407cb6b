/** @jest-environment jsdom */
import { AppShell } from '../../../static/shared/shell/AppShell';
import { useT } from '../../../static/shared/i18n/i18n-context';
import type { FullContext } from '@forge/bridge';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { issueKeyOf } from '../../../static/panel/panel-context';
import { UiError } from '../../../static/shared/ui-error';
import { makeContext, makeHost, type FakeHost } from '../support/fake-host';

afterEach(cleanup);

/** A body that shows one translated string and the issue key, enough to see language and context. */
const Body = ({ context }: { context: FullContext }) => {
  const t = useT();
  return <p>{`${t('panel.heading')} / ${issueKeyOf(context) ?? ''}`}</p>;
};

const renderShell = (host: FakeHost, body: (context: FullContext) => ReactNode = (context) => <Body context={context} />) =>
  render(<AppShell host={host}>{body}</AppShell>);

const deferred = <T,>() => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
};

describe('AppShell', () => {
  it('shows a labelled spinner until the context arrives, then the body', async () => {
    const context = deferred<FullContext>();
    renderShell(makeHost({ context: () => context.promise }));
    expect(screen.getByRole('img', { name: 'Loading…' })).toBeTruthy();
    await act(async () => {
      context.resolve(makeContext());
      await context.promise;
    });
    expect(await screen.findByText('Complaint / CS-7')).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Loading…' })).toBeNull();
  });

  it.each([
    ['the saved language', 'uk', 'ru-RU', 'Скарга / CS-7'],
    ['the Jira locale when nothing is saved', null, 'ru-RU', 'Жалоба / CS-7'],
    ['English for a locale the app does not ship', null, 'de-DE', 'Complaint / CS-7'],
  ])('speaks %s', async (_case, saved, locale, text) => {
    renderShell(makeHost({ context: makeContext({ locale }), onCall: () => Promise.resolve({ language: saved }) }));
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it('shows a translated error when the context cannot be loaded, and loads again on retry', async () => {
    let attempts = 0;
    const host = makeHost({
      context: () => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('bridge gone')) : Promise.resolve(makeContext());
      },
    });
    renderShell(host);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The page could not talk to Jira. Reload the page and try again.');
    expect(alert.textContent).toContain('Details: bridge gone');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Complaint / CS-7')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('switches every string at once when a language is picked, and saves the choice', async () => {
    const host = makeHost();
    renderShell(host);
    await screen.findByText('Complaint / CS-7');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    expect(screen.getByText('Жалоба / CS-7')).toBeTruthy();
    expect(screen.getByLabelText('Язык')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    expect(host.calls).toContainEqual({ key: 'preferences/set-language', request: { language: 'ru' } });
  });

  it('keeps the picked language but says so when it cannot be saved', async () => {
    const host = makeHost({
      onCall: (key) => (key === 'preferences/set-language' ? Promise.reject(new UiError('STORE_ERROR', 'kvs down')) : Promise.resolve({ language: null })),
    });
    renderShell(host);
    await screen.findByText('Complaint / CS-7');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'uk' } });
    expect(screen.getByText('Скарга / CS-7')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Не вдалося зберегти вибір мови, тому він діє лише на цьому екрані.');
  });

  it('turns a crash in the body into a translated error instead of a blank frame', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Crashing = (): ReactNode => {
      throw new Error('boom');
    };
    renderShell(makeHost(), () => <Crashing />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part of the page stopped working. Reload the page.');
    expect(alert.textContent).toContain('Details: boom');
    quiet.mockRestore();
  });
});
