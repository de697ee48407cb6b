import type { FullContext } from '@forge/bridge';
import { Box, Inline, Stack } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState, type ReactNode } from 'react';
import type { Language } from '../../../src/domain/language';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguageBar } from '../components/LanguagePicker';
import { I18nProvider, useT } from '../i18n/i18n-context';
import { toUiError, type UiError } from '../ui-error';
import { loadSurface } from './load-surface';
import { RenderErrorBoundary } from './RenderErrorBoundary';
import { SurfaceHostContext, type SurfaceHost } from './surface-host';

type ShellState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly error: UiError }
  | { readonly phase: 'ready'; readonly context: FullContext; readonly language: Language };

// Before the context arrives there is no Jira locale to go by.
const LANGUAGE_BEFORE_CONTEXT: Language = 'en';

const Loading = () => {
  const t = useT();
  return (
    <Inline alignInline="center">
      <Spinner size="large" label={t('shell.loading')} />
    </Inline>
  );
};

interface AppShellProps {
  readonly host: SurfaceHost;
  readonly children: (context: FullContext) => ReactNode;
  /** False when the body places the language picker itself (the portal shows nothing at all on a request that is no complaint). */
  readonly languagePicker?: boolean;
}

/** Loads the context and the language, then shows the surface body with the language picker above it. */
export const AppShell = ({ host, children, languagePicker = true }: AppShellProps) => {
  const [state, setState] = useState<ShellState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ phase: 'loading' });
    loadSurface(host).then(
      (loaded) => {
        if (current) setState({ phase: 'ready', ...loaded });
      },
      (error: unknown) => {
        if (current) setState({ phase: 'failed', error: toUiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [host, attempt]);

  return (
    <SurfaceHostContext.Provider value={host}>
      {/* Keyed by phase, so the provider starts again with the language that the load chose. */}
      <I18nProvider key={state.phase} initialLanguage={state.phase === 'ready' ? state.language : LANGUAGE_BEFORE_CONTEXT}>
        <Box as="main">
          {state.phase === 'loading' && <Loading />}
          {state.phase === 'failed' && (
            <ErrorMessage
              error={state.error}
              onRetry={() => {
                setAttempt((n) => n + 1);
              }}
            />
          )}
          {state.phase === 'ready' && (
            <Stack space="space.200">
              {languagePicker && <LanguageBar />}
              <RenderErrorBoundary>{children(state.context)}</RenderErrorBoundary>
            </Stack>
          )}
        </Box>
      </I18nProvider>
    </SurfaceHostContext.Provider>
  );
};
