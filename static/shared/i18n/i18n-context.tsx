import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../src/domain/language';
import { translate, type MessageKey, type MessageParams } from './translate';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export const I18nProvider = ({ initialLanguage, children }: { initialLanguage: Language; children: ReactNode }) => {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  const value = useMemo(() => ({ language, setLanguage, t }), [language, t]);

  // Screen readers pick the pronunciation from <html lang>, so it follows the chosen language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

const useI18n = (): I18nValue => {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useT and useLanguage need an I18nProvider above them');
  return value;
};

/** The translate function of the current language. */
export const useT = (): Translate => useI18n().t;

/** The current language and the setter that switches every translated string at once. */
export const useLanguage = (): Pick<I18nValue, 'language' | 'setLanguage'> => {
  const { language, setLanguage } = useI18n();
  return { language, setLanguage };
};
