import Button from '@atlaskit/button/new';
import { Box, Text } from '@atlaskit/primitives/compiled';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { PortalView, ResponseOf } from '../../../src/contracts/resolver-contracts';
import { TitledSection } from '../../shared/components/TitledSection';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { useLoaded } from '../../shared/use-loaded';
import { AnonymousItem } from './AnonymousItem';
import { LoadingState } from './LoadingState';
import { PortalPage } from './PortalPage';
import { RaiseForm } from './RaiseForm';

type Anonymous = ResponseOf<'portal/anonymous'>;

/** An action's answer in place of the complaint it changed; the rest of the list stays as it was. */
const withView = (data: Anonymous, view: PortalView): Anonymous => {
  const changed = view.complaint;
  if (changed === null) return data;
  return { ...data, now: view.now, complaints: data.complaints.map((c) => (c.issueKey === changed.issueKey ? changed : c)) };
};

/**
 * The customer's profile on the portal: the complaints they raised anonymously through the app
 * (only the app's record ties them to the customer), and the form to raise another.
 */
export const ProfilePanel = ({ timeZone }: { timeZone: string | undefined }) => {
  const t = useT();
  const host = useSurfaceHost();
  const formId = useId();
  const load = useCallback(() => host.call('portal/anonymous', {}), [host]);
  const { data, error, reload, replace } = useLoaded(load);
  const [raising, setRaising] = useState(false);
  const [raised, setRaised] = useState<string | null>(null);
  const raiseButton = useRef<HTMLButtonElement>(null);
  const raisedMessage = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<'button' | 'message' | null>(null);

  useEffect(() => {
    if (focus === 'button') raiseButton.current?.focus();
    if (focus === 'message') raisedMessage.current?.focus();
  }, [focus]);

  return (
    <PortalPage title={t('portal.profile.heading')}>
      <TitledSection title={t('portal.list.heading')}>
        <LoadingState loaded={data !== null} error={error} label={t('portal.list.loading')} onRetry={reload} />
        {data !== null && data.complaints.length === 0 && <Text as="p">{t('portal.list.none')}</Text>}
        {data !== null && data.complaints.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
            {data.complaints.map((complaint) => (
              <li key={complaint.issueKey}>
                <AnonymousItem
                  complaint={complaint}
                  timeZone={timeZone}
                  onView={(view) => {
                    replace(withView(data, view));
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
      <TitledSection title={t('portal.raise.heading')}>
        <Text as="p">{t('portal.raise.intro')}</Text>
        {raised !== null && (
          <Box ref={raisedMessage} role="status" tabIndex={-1}>
            <Text as="p" color="color.text.success">
              {t('portal.raise.done', { key: raised })}
            </Text>
          </Box>
        )}
        {!raising && (
          <Box>
            <Button
              ref={raiseButton}
              onClick={() => {
                setRaised(null);
                setFocus(null);
                setRaising(true);
              }}
            >
              {t('portal.raise.open')}
            </Button>
          </Box>
        )}
        {raising && (
          <RaiseForm
            id={formId}
            departments={data?.departments ?? []}
            onRaised={(issueKey) => {
              setRaising(false);
              setRaised(issueKey);
              setFocus('message');
              reload();
            }}
            onCancel={() => {
              setRaising(false);
              setFocus('button');
            }}
          />
        )}
      </TitledSection>
    </PortalPage>
  );
};
