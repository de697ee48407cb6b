import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { useId, type ReactNode } from 'react';

/** A titled part of the panel: a landmark named by its level-2 heading. */
export const PanelSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack space="space.100">
        <Heading size="small" as="h2" id={headingId}>
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
};
