import { useCallback } from 'react';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { useLoaded } from '../../shared/use-loaded';
import { ComplaintView } from './ComplaintView';
import { LoadingState } from './LoadingState';
import { PortalPage } from './PortalPage';

/**
 * The request's page on the portal: one `portal/view` call (the backend takes the request from
 * the Forge context). A request that is no complaint shows nothing at all.
 */
export const RequestDetail = ({ timeZone }: { timeZone: string | undefined }) => {
  const t = useT();
  const host = useSurfaceHost();
  const load = useCallback(() => host.call('portal/view', {}), [host]);
  const { data, error, reload, replace } = useLoaded(load);
  if (data !== null && data.complaint === null && error === null) return null;
  return (
    <PortalPage title={t('portal.detail.heading')}>
      <LoadingState loaded={data !== null} error={error} label={t('portal.loading')} onRetry={reload} />
      {data !== null && data.complaint !== null && <ComplaintView complaint={data.complaint} level={2} timeZone={timeZone} onView={replace} />}
    </PortalPage>
  );
};
