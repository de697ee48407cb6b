import type { FullContext } from '@forge/bridge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanelView } from '../../../src/contracts/panel-view';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import { issueKeyOf } from '../panel-context';
import { ActionBar } from './ActionBar';
import { ComplaintSummary } from './ComplaintSummary';
import { ContactSection } from './ContactSection';
import { SuggestionSection } from './SuggestionSection';
import { TrailList } from './TrailList';

interface PanelBodyProps {
  readonly context: FullContext;
  /**
   * The first `panel/view` answer, asked for as the frame started, beside the shell's context,
   * theme and language: the data shows one resolver round trip sooner. Later loads ask anew.
   */
  readonly firstView?: Promise<PanelView>;
}

interface Loaded {
  readonly view: PanelView | null;
  readonly error: UiError | null;
}

/**
 * The advocate panel on a Complaint issue: one `panel/view` call as it opens, and again after each
 * action, so what it shows is what the resolvers would allow. The last view stays up while it reloads.
 */
export const PanelBody = ({ context, firstView }: PanelBodyProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const issueKey = issueKeyOf(context);
  const timeZone = context.timezone === '' ? undefined : context.timezone;
  const [loaded, setLoaded] = useState<Loaded>({ view: null, error: null });
  const prefetched = useRef(firstView);

  const load = useCallback(() => {
    setLoaded((current) => ({ ...current, error: null }));
    const pending = prefetched.current ?? host.call('panel/view', {});
    prefetched.current = undefined;
    pending.then(
      (view) => {
        setLoaded({ view, error: null });
      },
      (error: unknown) => {
        setLoaded((current) => ({ ...current, error: toUiError(error) }));
      },
    );
  }, [host]);

  useEffect(() => {
    if (issueKey !== null) load();
  }, [issueKey, load]);

  const { view, error } = loaded;
  return (
    <Stack space="space.200">
      <Inline space="space.100" alignBlock="baseline">
        <Heading size="medium" as="h1">
          {t('panel.heading')}
        </Heading>
        {issueKey !== null && <Text color="color.text.subtle">{t('panel.issueKey', { key: issueKey })}</Text>}
      </Inline>
      {issueKey === null && <Text as="p">{t('panel.noIssue')}</Text>}
      {error !== null && <ErrorMessage error={error} onRetry={load} />}
      {issueKey !== null && view === null && error === null && (
        <Inline alignInline="center">
          <Spinner size="large" label={t('panel.loading')} />
        </Inline>
      )}
      {view !== null && (
        <>
          <ComplaintSummary view={view} timeZone={timeZone} />
          {/* Right above the actions, so accepting it and re-routing elsewhere (an override) sit side by side. */}
          <SuggestionSection suggestion={view.suggestion} onChanged={load} />
          <ActionBar view={view} timeZone={timeZone} onChanged={load} />
          {view.contact !== undefined && <ContactSection contact={view.contact} names={view.names} timeZone={timeZone} onChanged={load} />}
          <TrailList view={view} timeZone={timeZone} />
        </>
      )}
    </Stack>
  );
};
