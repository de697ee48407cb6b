import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';
import { LanguageBar } from '../../shared/components/LanguagePicker';

/** A portal module's page: the language picker, the page's one level-1 heading, then its parts. */
export const PortalPage = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack space="space.200">
    <LanguageBar />
    <Heading size="medium" as="h1">
      {title}
    </Heading>
    {children}
  </Stack>
);
