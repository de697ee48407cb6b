import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';

/** One settings area of the admin page: a region named by its heading, a sentence on what it is for, and its controls. */
export const SettingsSection = ({ id, title, description, children }: { id: string; title: string; description: string; children?: ReactNode }) => (
  <Box as="section" aria-labelledby={`admin-${id}`}>
    <Stack space="space.100">
      <Heading size="small" as="h2" id={`admin-${id}`}>
        {title}
      </Heading>
      <Text as="p">{description}</Text>
      {children}
    </Stack>
  </Box>
);
