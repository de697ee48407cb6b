import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { TextField } from '../../shared/components/TextField';
import { useT } from '../../shared/i18n/i18n-context';
import { HOST_TIMEOUT_MS, useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import { withTimeout } from '../../shared/with-timeout';
import { DepartmentPicker } from './DepartmentPicker';
import { formOf, parseGadgetForm, type FieldProblem, type GadgetConfig, type GadgetForm, type GadgetProblems } from '../gadget-config';

/** The gadget's edit mode: projects, period and departments, saved with `view.submit`. */
export const GadgetEditForm = ({ saved }: { saved: GadgetConfig | null }) => {
  const t = useT();
  const host = useSurfaceHost();
  const [form, setForm] = useState<GadgetForm>(() => formOf(saved));
  const [problems, setProblems] = useState<GadgetProblems>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<UiError | null>(null);

  const messageOf = (problem: FieldProblem | undefined): string | undefined =>
    problem === undefined ? undefined : t(problem.key, problem.params);
  const edit = (field: 'projects' | 'periodMonths') => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseGadgetForm(form);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    setSaveError(null);
    setSaving(true);
    withTimeout(host.submit({ ...parsed.config }), HOST_TIMEOUT_MS, 'view.submit').then(
      () => {
        setSaving(false);
      },
      (error: unknown) => {
        setSaving(false);
        setSaveError(toUiError(error));
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack space="space.200">
        <Heading size="medium" as="h1">
          {t('gadget.edit.heading')}
        </Heading>
        {saveError !== null && <ErrorMessage error={saveError} />}
        {Object.keys(problems).length > 0 && (
          <Box role="alert">
            <Text color="color.text.danger">{t('gadget.edit.invalid')}</Text>
          </Box>
        )}
        <TextField
          name="projects"
          label={t('gadget.edit.projects.label')}
          hint={t('gadget.edit.projects.hint')}
          error={messageOf(problems.projects)}
          value={form.projects}
          onChange={edit('projects')}
          required
        />
        <TextField
          name="periodMonths"
          label={t('gadget.edit.period.label')}
          hint={t('gadget.edit.period.hint')}
          error={messageOf(problems.periodMonths)}
          value={form.periodMonths}
          onChange={edit('periodMonths')}
          inputMode="numeric"
          required
        />
        <DepartmentPicker
          selected={form.departments}
          onChange={(departments) => {
            setForm((current) => ({ ...current, departments }));
          }}
        />
        <Inline alignInline="end">
          <Button type="submit" appearance="primary" isLoading={saving}>
            {t('gadget.edit.save')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
};
