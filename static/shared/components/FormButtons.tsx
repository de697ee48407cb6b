import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled';
import { useT } from '../i18n/i18n-context';

/** A form's submit button, spinning while its call runs, and Cancel, which waits for the call. */
export const FormButtons = ({ submitLabel, working, onCancel }: { submitLabel: string; working: boolean; onCancel: () => void }) => {
  const t = useT();
  return (
    <Inline space="space.100">
      <Button type="submit" appearance="primary" isLoading={working}>
        {submitLabel}
      </Button>
      <Button onClick={onCancel} isDisabled={working}>
        {t('panel.form.cancel')}
      </Button>
    </Inline>
  );
};
