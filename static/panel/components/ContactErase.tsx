import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useRef } from 'react';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { useSubmit } from '../../shared/use-submit';

/** Asks once before erasing the contact data: the erase cannot be undone. */
export const ContactErase = ({ onErased, onCancel }: { onErased: () => void; onCancel: () => void }) => {
  const t = useT();
  const host = useSurfaceHost();
  const submission = useSubmit();
  const cancel = useRef<HTMLButtonElement>(null);

  // The safe choice takes the focus, so an Enter pressed by habit erases nothing.
  useEffect(() => {
    cancel.current?.focus();
  }, []);

  const erase = async () => {
    if (await submission.run(() => host.call('contact/erase', {}).then(() => undefined))) onErased();
  };

  return (
    <Stack space="space.100">
      <Text as="p">{t('contact.eraseConfirm')}</Text>
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      <Inline space="space.100">
        <Button appearance="danger" isLoading={submission.working} onClick={() => void erase()}>
          {t('contact.eraseNow')}
        </Button>
        <Button ref={cancel} onClick={onCancel} isDisabled={submission.working}>
          {t('panel.form.cancel')}
        </Button>
      </Inline>
    </Stack>
  );
};
