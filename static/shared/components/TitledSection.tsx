import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { useId, type ReactNode } from 'react';

const TAGS = { 2: 'h2', 3: 'h3' } as const;

/** A titled part of a surface (the panel, the gadget): a landmark named by its heading, level 2 unless nested in another part. */
export const TitledSection = ({ title, level = 2, children }: { title: string; level?: 2 | 3; children: ReactNode }) => {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack space="space.100">
        <Heading size="small" as={TAGS[level]} id={headingId}>
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
};
