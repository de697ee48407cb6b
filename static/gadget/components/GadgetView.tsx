import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useState } from 'react';
import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import type { GadgetConfig } from '../gadget-config';
import { GadgetReport, type ReportPlace } from './GadgetReport';

type Load = { readonly state: 'loading' } | { readonly state: 'shown'; readonly view: GadgetFigures } | { readonly state: 'failed'; readonly error: UiError };

/** Asks for the saved configuration's figures, once per view, and shows them or why not. */
const Figures = ({ config, place }: { config: GadgetConfig; place: ReportPlace }) => {
  const t = useT();
  const host = useSurfaceHost();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // The saved settings, not the object: the shell renders the body again on a language change.
  const asked = JSON.stringify(config);
  useEffect(() => {
    let current = true;
    host.call('gadget/figures', { projectKeys: config.projects, periodMonths: config.periodMonths, departmentIds: config.departments }).then(
      (view) => {
        if (current) setLoad({ state: 'shown', view });
      },
      (error: unknown) => {
        if (current) setLoad({ state: 'failed', error: toUiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [host, asked]);
  if (load.state === 'loading') return <Text as="p">{t('shell.loading')}</Text>;
  if (load.state === 'failed') return <ErrorMessage error={load.error} />;
  return <GadgetReport view={load.view} config={config} place={place} />;
};

/** The gadget's view mode: its title, then the figures of what edit mode saved, or a request to configure it. */
export const GadgetView = ({ config, place }: { config: GadgetConfig | null; place: ReportPlace }) => {
  const t = useT();
  return (
    <Stack space="space.150">
      <Heading size="medium" as="h1">
        {t('gadget.title')}
      </Heading>
      {config === null ? <Text as="p">{t('gadget.notConfigured')}</Text> : <Figures config={config} place={place} />}
    </Stack>
  );
};
