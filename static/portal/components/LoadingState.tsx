import { Inline } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import type { UiError } from '../../shared/ui-error';
import { portalErrorKey } from '../portal-errors';

/** A load's failure, with Try again, or its spinner while nothing has come yet; nothing once data is there. */
export const LoadingState = ({ loaded, error, label, onRetry }: { loaded: boolean; error: UiError | null; label: string; onRetry: () => void }) => {
  const t = useT();
  if (error !== null) return <ErrorMessage error={error} explanation={t(portalErrorKey(error.code))} onRetry={onRetry} />;
  if (loaded) return null;
  return (
    <Inline alignInline="center">
      <Spinner size="large" label={label} />
    </Inline>
  );
};
