import type { FullContext } from '@forge/bridge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import type { AdvocateQueueView } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import { QueueTable } from './QueueTable';

type Load = { readonly state: 'loading' } | { readonly state: 'shown'; readonly view: AdvocateQueueView } | { readonly state: 'failed'; readonly error: UiError };

/**
 * The advocate's queue page: one call per view. The call gives up after its timeout, so the
 * spinner always ends, in the queue or in an error with Try again.
 */
export const QueueBody = ({ context }: { context: FullContext }) => {
  const t = useT();
  const host = useSurfaceHost();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    host.call('queue/list', {}).then(
      (view) => {
        if (current) setLoad({ state: 'shown', view });
      },
      (error: unknown) => {
        if (current) setLoad({ state: 'failed', error: toUiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [host, attempt]);
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  const open = useCallback(
    (issueKey: string) => {
      // A link that does not open leaves the user where they were, which says enough.
      host.navigate(`/browse/${issueKey}`).catch(() => undefined);
    },
    [host],
  );

  return (
    <Stack space="space.200">
      <Heading size="medium" as="h1">
        {t('queue.title')}
      </Heading>
      {load.state === 'loading' && (
        <Inline alignInline="center">
          <Spinner size="large" label={t('queue.loading')} />
        </Inline>
      )}
      {load.state === 'failed' && (
        // Who may not use the queue is told so in words about the queue; trying again would not change it.
        <ErrorMessage
          error={load.error}
          explanation={load.error.code === 'FORBIDDEN' ? t('queue.forbidden') : undefined}
          onRetry={load.error.code === 'FORBIDDEN' ? undefined : retry}
        />
      )}
      {load.state === 'shown' && (
        <>
          {load.view.summariesMissing && (
            <Text as="p" role="status">
              {t('queue.summariesMissing')}
            </Text>
          )}
          {load.view.items.length === 0 ? (
            <Text as="p">{t('queue.empty')}</Text>
          ) : (
            <QueueTable view={load.view} place={{ siteUrl: context.siteUrl, timeZone: context.timezone, open }} />
          )}
        </>
      )}
    </Stack>
  );
};
