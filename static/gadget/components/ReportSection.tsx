import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';

/** One titled part of the report, a landmark a screen reader can jump to. */
export const ReportSection = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Box as="section" aria-labelledby={id}>
    <Stack space="space.100">
      <Heading size="small" as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </Stack>
  </Box>
);
