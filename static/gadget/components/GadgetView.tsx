import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { joinList } from '../../shared/split-list';
import type { GadgetConfig } from '../gadget-config';

const Setting = ({ label, value }: { label: string; value: string }) => (
  <Stack space="space.025">
    <Box as="dt">
      <Text weight="bold">{label}</Text>
    </Box>
    <Box as="dd">
      <Text>{value}</Text>
    </Box>
  </Stack>
);

/** The gadget's view mode: its title and, until the figures arrive, the settings it will report on. */
export const GadgetView = ({ config }: { config: GadgetConfig | null }) => {
  const t = useT();
  return (
    <Stack space="space.150">
      <Heading size="medium" as="h1">
        {t('gadget.title')}
      </Heading>
      {config === null ? (
        <Text as="p">{t('gadget.notConfigured')}</Text>
      ) : (
        <Box as="dl">
          <Stack space="space.100">
            <Setting label={t('gadget.settings.projects')} value={joinList(config.projects)} />
            <Setting label={t('gadget.settings.period')} value={String(config.periodMonths)} />
            <Setting
              label={t('gadget.settings.departments')}
              value={config.departments.length === 0 ? t('gadget.settings.allDepartments') : joinList(config.departments)}
            />
          </Stack>
        </Box>
      )}
    </Stack>
  );
};
