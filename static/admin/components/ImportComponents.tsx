import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import { withComponents } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';

type Outcome = { readonly project: string; readonly added: number; readonly linked: number };

/** One click per project set up: its components become departments in the form, led by their component leads, to check and save. */
export const ImportComponents = ({ projects }: { projects: readonly string[] }) => {
  const t = useT();
  const host = useSurfaceHost();
  const { draft, update, rememberName } = useSettingsForm();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  const run = (project: string) => {
    setError(null);
    host.call('project/components', { projectKey: project }).then(
      ({ components }) => {
        for (const { lead } of components) if (lead !== null) rememberName(lead);
        // The counts are of the form as it stood at the click; the merge itself applies to the form as it is now.
        const { added, linked } = withComponents(draft.departments, components);
        update((current) => ({ ...current, departments: withComponents(current.departments, components).departments }));
        setOutcome({ project, added, linked });
      },
      (e: unknown) => {
        setError(toUiError(e));
      },
    );
  };

  if (projects.length === 0) return <Text as="p">{t('admin.import.noProject')}</Text>;
  return (
    <Stack space="space.100">
      <Inline space="space.100">
        {projects.map((project) => (
          <Button
            key={project}
            onClick={() => {
              run(project);
            }}
          >
            {t('admin.import.run', { project })}
          </Button>
        ))}
      </Inline>
      <div role="status">
        {outcome !== null && (
          <Text as="p">
            {outcome.added + outcome.linked === 0 ? t('admin.import.nothing', { project: outcome.project }) : t('admin.import.done', { project: outcome.project, added: outcome.added, linked: outcome.linked })}
          </Text>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
    </Stack>
  );
};
