import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import type { ComponentType } from 'react';
import { useT } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/translate';
import { SetupSection } from './SetupSection';

// The settings areas of design section 8, in the order an admin sets them up; later features fill each in.
const SECTIONS: readonly { readonly id: string; readonly title: MessageKey; readonly description: MessageKey; readonly Body?: ComponentType }[] = [
  { id: 'departments', title: 'admin.departments.title', description: 'admin.departments.description' },
  { id: 'groups', title: 'admin.groups.title', description: 'admin.groups.description' },
  { id: 'calendar', title: 'admin.calendar.title', description: 'admin.calendar.description' },
  { id: 'policy', title: 'admin.policy.title', description: 'admin.policy.description' },
  { id: 'setup', title: 'admin.setup.title', description: 'admin.setup.description', Body: SetupSection },
];

/** The app's admin page: one section per settings area. */
export const AdminBody = () => {
  const t = useT();
  return (
    <Stack space="space.300">
      <Heading size="large" as="h1">
        {t('admin.heading')}
      </Heading>
      {SECTIONS.map((section) => (
        <Box as="section" key={section.id} aria-labelledby={`admin-${section.id}`}>
          <Stack space="space.100">
            <Heading size="small" as="h2" id={`admin-${section.id}`}>
              {t(section.title)}
            </Heading>
            <Text as="p">{t(section.description)}</Text>
            {section.Body !== undefined && <section.Body />}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
};
