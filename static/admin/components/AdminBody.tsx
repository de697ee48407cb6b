import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { HealthSection } from './HealthSection';
import { SettingsForm } from './SettingsForm';
import { SettingsSection } from './SettingsSection';
import { SetupSection } from './SetupSection';

/** The app's admin page: the settings as one form, the health check, then Set up project, which applies them to a project. */
export const AdminBody = () => {
  const t = useT();
  return (
    <Stack space="space.300">
      <Heading size="large" as="h1">
        {t('admin.heading')}
      </Heading>
      <SettingsForm />
      <SettingsSection id="health" title={t('admin.health.title')} description={t('admin.health.description')}>
        <HealthSection />
      </SettingsSection>
      <SettingsSection id="setup" title={t('admin.setup.title')} description={t('admin.setup.description')}>
        <SetupSection />
      </SettingsSection>
    </Stack>
  );
};
