import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import StatusErrorIcon from '@atlaskit/icon/core/status-error';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, type CSSProperties } from 'react';
import { useT } from '../i18n/i18n-context';
import type { UiError } from '../ui-error';
import { tokenWithDefault } from './token-with-default';

/*
 * Drawn like @atlaskit/section-message's error appearance, not with it: its dismiss button pulls
 * in tooltip, popper, top-layer and the theme loader, which cost 37 KB gzip in every entry chunk
 * plus 40 KB of theme chunks, a quarter of the 150 KB budget for one message box.
 * Box's padding props are deprecated in favour of xcss, which needs a Compiled build step,
 * so the box's padding, like its colours, is a token in a style object.
 */
const panelStyle: CSSProperties = {
  backgroundColor: tokenWithDefault('color.background.danger'),
  borderRadius: tokenWithDefault('radius.small'),
  padding: tokenWithDefault('space.200'),
};

// The icon draws in currentColor, so its colour can carry the same fallback as the rest.
const iconStyle: CSSProperties = { color: tokenWithDefault('color.icon.danger'), display: 'inline-flex' };

/**
 * A translated explanation of a UiError, with the technical message kept as a detail for support.
 * `explanation` replaces the generic sentence of the code where a surface can say more (the portal, to a customer).
 */
export const ErrorMessage = ({ error, explanation, onRetry }: { error: UiError; explanation?: string; onRetry?: () => void }) => {
  const t = useT();
  const titleId = useId();
  return (
    <section role="alert" aria-labelledby={titleId} style={panelStyle}>
      <Inline space="space.200" alignBlock="start">
        <span style={iconStyle}>
          <StatusErrorIcon label="" />
        </span>
        <Stack space="space.100">
          <Heading size="xsmall" as="h2" id={titleId}>
            {t('shell.error.title')}
          </Heading>
          <Text as="p">{explanation ?? t(`error.${error.code}`)}</Text>
          {error.fields.length > 0 && (
            <ul>
              {error.fields.map((field) => (
                <li key={field.path}>
                  <Text>{`${field.path}: ${field.message}`}</Text>
                </li>
              ))}
            </ul>
          )}
          <Text as="p" size="small" color="color.text.subtle">
            {t('shell.error.details', { message: error.message })}
          </Text>
          {onRetry !== undefined && (
            <Inline>
              <Button onClick={onRetry}>{t('shell.retry')}</Button>
            </Inline>
          )}
        </Stack>
      </Inline>
    </section>
  );
};
