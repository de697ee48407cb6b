import type { FullContext } from '@forge/bridge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';
import { useCallback } from 'react';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { useLoaded } from '../../shared/use-loaded';
import { QueueTable } from './QueueTable';

/**
 * The advocate's queue page: one call per view. The call gives up after its timeout, so the
 * spinner always ends, in the queue or in an error with Try again.
 */
export const QueueBody = ({ context }: { context: FullContext }) => {
  const t = useT();
  const host = useSurfaceHost();
  const load = useCallback(() => host.call('queue/list', {}), [host]);
  const { data, error, reload } = useLoaded(load);
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
      {data === null && error === null && (
        <Inline alignInline="center">
          <Spinner size="large" label={t('queue.loading')} />
        </Inline>
      )}
      {error !== null && (
        // Who may not use the queue is told so in words about the queue; trying again would not change it.
        <ErrorMessage error={error} explanation={error.code === 'FORBIDDEN' ? t('queue.forbidden') : undefined} onRetry={error.code === 'FORBIDDEN' ? undefined : reload} />
      )}
      {data !== null && error === null && (
        <>
          {data.items.length === 0 ? (
            <Text as="p">{t('queue.empty')}</Text>
          ) : (
            <QueueTable view={data} place={{ siteUrl: context.siteUrl, timeZone: context.timezone, open }} />
          )}
        </>
      )}
    </Stack>
  );
};
