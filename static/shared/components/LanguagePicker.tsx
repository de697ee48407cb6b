import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { LANGUAGES, type Language } from '../../../src/domain/language';
import { useLanguage, useT } from '../i18n/i18n-context';
import { useSurfaceHost } from '../shell/surface-host';
import { fieldStyle } from './field-style';

// Each language is named in itself, so a user can find theirs whatever is on screen now.
const AUTONYMS: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский', uk: 'Українська' };

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** Switches the language at once and remembers it for the user through the resolver. */
export const LanguagePicker = () => {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const host = useSurfaceHost();
  const id = useId();
  const [saveFailed, setSaveFailed] = useState(false);
  // Only the latest choice may report back: an older save finishing late must not show a stale error.
  const latestSave = useRef(0);

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isLanguage(next)) return;
    setLanguage(next);
    setSaveFailed(false);
    const save = ++latestSave.current;
    host.call('preferences/set-language', { language: next }).then(
      () => undefined,
      () => {
        if (save === latestSave.current) setSaveFailed(true);
      },
    );
  };

  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <label htmlFor={id}>
          <Text weight="medium">{t('language.label')}</Text>
        </label>
        <select id={id} value={language} onChange={onChange} style={fieldStyle}>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {AUTONYMS[option]}
            </option>
          ))}
        </select>
      </Inline>
      {saveFailed && (
        <Box role="alert">
          <Text size="small" color="color.text.danger">
            {t('language.saveFailed')}
          </Text>
        </Box>
      )}
    </Stack>
  );
};

/** The picker where every surface has it: above the body, at the end of the line. */
export const LanguageBar = () => (
  <Inline alignInline="end">
    <LanguagePicker />
  </Inline>
);
