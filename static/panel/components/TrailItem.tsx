import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { CSSProperties } from 'react';
import type { PanelTrailEntry } from '../../../src/contracts/panel-view';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { formatMoment } from '../../shared/format-time';
import { trailSentence } from '../trail-sentence';

const itemStyle: CSSProperties = {
  borderInlineStart: `${tokenWithDefault('border.width.selected')} solid ${tokenWithDefault('color.border')}`,
  paddingInlineStart: tokenWithDefault('space.100'),
  marginBlockEnd: tokenWithDefault('space.100'),
};

interface TrailItemProps {
  readonly entry: PanelTrailEntry;
  readonly names: Readonly<Record<string, string>>;
  readonly timeZone: string | undefined;
}

/** One trail entry: what happened and why, who did it and when, whom it reached, the reason they gave. */
export const TrailItem = ({ entry, names, timeZone }: TrailItemProps) => {
  const t = useT();
  const { language } = useLanguage();
  const sentence = trailSentence(entry, names, t);
  const extra = [sentence.why, sentence.level, sentence.times, sentence.recipients, sentence.rating, sentence.note].filter((line) => line !== null);
  return (
    <li style={itemStyle}>
      <Stack space="space.025">
        <Inline space="space.100" alignBlock="baseline" shouldWrap>
          <Text weight="bold">{sentence.title}</Text>
          <Text size="small" color="color.text.subtle">
            <time dateTime={new Date(entry.at).toISOString()}>{formatMoment(language, entry.at, timeZone)}</time>
            {' · '}
            {sentence.actor}
          </Text>
        </Inline>
        {extra.map((line) => (
          <Box key={line}>
            <Text>{line}</Text>
          </Box>
        ))}
      </Stack>
    </li>
  );
};
