import type { FullContext } from '@forge/bridge';
import type { Language } from '../../../src/domain/language';
import { chooseLanguage } from '../i18n/choose-language';
import { toUiError } from '../ui-error';
import { withTimeout } from '../with-timeout';
import { HOST_TIMEOUT_MS, type SurfaceHost } from './surface-host';

export interface LoadedSurface {
  readonly context: FullContext;
  readonly language: Language;
}

const savedLanguage = async (host: SurfaceHost): Promise<Language | null> => {
  try {
    return (await host.call('preferences/get-language', {})).language;
  } catch {
    // A preference that cannot be read must not hide the surface: the Jira locale still applies.
    return null;
  }
};

const enableTheme = async (host: SurfaceHost, timeoutMs: number): Promise<void> => {
  try {
    await withTimeout(host.enableTheme(), timeoutMs, 'view.theme.enable');
  } catch {
    // Without theming the token fallbacks give the light theme: still usable, so not an error.
  }
};

/** Loads what every surface needs before its body renders: the Forge context and the language. */
export const loadSurface = async (host: SurfaceHost, timeoutMs: number = HOST_TIMEOUT_MS): Promise<LoadedSurface> => {
  const contextLoad = withTimeout(host.getContext(), timeoutMs, 'view.getContext').catch((error: unknown) => {
    throw toUiError(error);
  });
  const [context, saved] = await Promise.all([contextLoad, savedLanguage(host), enableTheme(host, timeoutMs)]);
  return { context, language: chooseLanguage(saved, context.locale) };
};
