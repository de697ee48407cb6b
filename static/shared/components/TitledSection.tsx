import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { useId, type ReactNode } from 'react';

/** A titled part of a surface (the panel, the gadget): a landmark named by its level-2 heading. */
export const TitledSection = ({ title, children }: { title: string; children: ReactNode }) => {
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
