import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useId, type ReactNode } from 'react';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { FormButtons } from '../../shared/components/FormButtons';
import { useT } from '../../shared/i18n/i18n-context';
import { UiError } from '../../shared/ui-error';
import { portalErrorKey } from '../portal-errors';
import type { PortalFormState } from '../use-portal-form';

interface PortalFormProps {
  readonly id?: string;
  readonly title: string;
  readonly level: 3 | 4;
  readonly submitLabel: string;
  readonly state: PortalFormState;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

const TAGS = { 3: 'h3', 4: 'h4' } as const;
const FOCUSABLE = 'input, textarea, select, button[tabindex="0"]';

/** An open form of the portal: its heading, its fields, what went wrong, and Send and Cancel. */
export const PortalForm = ({ id, title, level, submitLabel, state, onCancel, children }: PortalFormProps) => {
  const t = useT();
  const headingId = useId();
  const { form, submission, issues } = state;
  // Focus moves into the form as it opens, so a keyboard user is where the work is.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [form]);
  return (
    <form id={id} ref={form} aria-labelledby={headingId} noValidate onSubmit={state.onSubmit}>
      <Stack space="space.150">
        <Heading size="xsmall" as={TAGS[level]} id={headingId}>
          {title}
        </Heading>
        {children}
        {issues.length > 0 && submission.error === null && (
          <Text as="p" color="color.text.danger">
            {t('panel.form.invalid')}
          </Text>
        )}
        {submission.error !== null && (
          // The fields' problems show by their fields, translated; the box gives the overall reason.
          <ErrorMessage error={new UiError(submission.error.code, submission.error.message)} explanation={t(portalErrorKey(submission.error.code))} />
        )}
        <FormButtons submitLabel={submitLabel} working={submission.working} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
