import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, type CSSProperties } from 'react';
import type { PanelSuggestion } from '../../../src/contracts/panel-view';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { formatPercent } from '../../shared/percent';
import { confidenceBand } from '../suggestion-confidence';

const listStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: tokenWithDefault('space.050'), listStyle: 'none', margin: 0, padding: 0 };

// A word as a tag, drawn like StatusLozenge (a span and tokens) rather than with @atlaskit/tag, which the bundle does not carry.
const wordStyle: CSSProperties = {
  font: tokenWithDefault('font.body.small'),
  paddingInline: tokenWithDefault('space.050'),
  borderRadius: tokenWithDefault('radius.xsmall'),
  backgroundColor: tokenWithDefault('color.background.neutral'),
  color: tokenWithDefault('color.text'),
};

/** What the model suggests and why: the department and its confidence, the category, the words, what it learned from, who answered. */
export const SuggestionDetails = ({ suggestion }: { suggestion: PanelSuggestion }) => {
  const t = useT();
  const { language } = useLanguage();
  const whyId = useId();
  const { departmentName, confidence, category, words } = suggestion;
  return (
    <Stack space="space.100">
      <Text as="p" weight="bold">
        {t('panel.suggestion.department', { name: departmentName })}
      </Text>
      <Text as="p">{t('panel.suggestion.confidence', { percent: formatPercent(language, confidence), band: t(`panel.suggestion.band.${confidenceBand(confidence)}`) })}</Text>
      {category !== null && <Text as="p">{t('panel.suggestion.category', { name: category.name, percent: formatPercent(language, category.confidence) })}</Text>}
      {words.length > 0 && (
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text id={whyId}>{t('panel.suggestion.why')}</Text>
          <ul aria-labelledby={whyId} style={listStyle}>
            {words.map((word, index) => (
              <li key={`${String(index)}-${word}`} style={wordStyle}>
                {word}
              </li>
            ))}
          </ul>
        </Inline>
      )}
      <Text as="p">{t('panel.suggestion.examples', { name: departmentName, count: suggestion.examples })}</Text>
      <Text as="p" size="small" color="color.text.subtle">
        {t(`panel.suggestion.source.${suggestion.source}`)}
      </Text>
    </Stack>
  );
};
