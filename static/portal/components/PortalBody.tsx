import type { FullContext } from '@forge/bridge';
import { Text } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { portalModuleOf } from '../portal-context';
import { PortalPage } from './PortalPage';
import { ProfilePanel } from './ProfilePanel';
import { RequestDetail } from './RequestDetail';

/** One resource, two portal modules: the Forge context says which one this frame is. */
export const PortalBody = ({ context }: { context: FullContext }) => {
  const t = useT();
  const timeZone = context.timezone === '' ? undefined : context.timezone;
  switch (portalModuleOf(context)) {
    case 'request':
      return <RequestDetail timeZone={timeZone} />;
    case 'profile':
      return <ProfilePanel timeZone={timeZone} />;
    case null:
      return (
        <PortalPage title={t('portal.detail.heading')}>
          <Text as="p">{t('portal.elsewhere')}</Text>
        </PortalPage>
      );
  }
};
