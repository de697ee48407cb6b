import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { AppConfig, FieldIssue, NamedPerson } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/translate';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import { hasProblem, toSubmit } from '../settings-draft';
import { SettingsFormContext, type SettingsFormState } from '../settings-form-context';
import { useComponentChoices } from '../use-component-choices';
import { CalendarFields } from './CalendarFields';
import { DepartmentsEditor } from './DepartmentsEditor';
import { ImportComponents } from './ImportComponents';
import { GroupsFields } from './GroupsFields';
import { PolicyFields } from './PolicyFields';
import { RecordsFields } from './RecordsFields';
import { SettingsSection } from './SettingsSection';
import { TriageFields } from './TriageFields';

type Outcome = { readonly kind: 'saved'; readonly projects: readonly string[] } | { readonly kind: 'invalid' } | null;

/**
 * The app's configuration as one form: departments, groups, calendar, policy, the repeat window
 * and retention, and the triage suggestion, saved whole.
 * A rejected save keeps the draft, marks each field it names, and changes nothing stored.
 */
export const SettingsForm = () => {
  const t = useT();
  const host = useSurfaceHost();
  const [draft, setDraft] = useState<AppConfig | null>(null);
  const [savedIds, setSavedIds] = useState<ReadonlySet<string>>(new Set());
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});
  const [projects, setProjects] = useState<readonly string[]>([]);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [saving, setSaving] = useState(false);
  const components = useComponentChoices(projects);

  const load = () => {
    setError(null);
    host.call('config/get', {}).then(
      (answer) => {
        setDraft(answer.config);
        setSavedIds(new Set(answer.config.departments.map((d) => d.id)));
        setNames(answer.names);
        setProjects(answer.projects);
      },
      (e: unknown) => {
        setError(toUiError(e));
      },
    );
  };
  // Once, on mount: the host stays the same for the surface's life.
  useEffect(load, []);

  const state = useMemo<SettingsFormState | null>(
    () =>
      draft === null
        ? null
        : {
            draft,
            update: (change) => {
              setDraft((current) => (current === null ? current : change(current)));
              setOutcome(null);
            },
            problem: (path: string, message: MessageKey) => (hasProblem(issues, path) ? t(message) : undefined),
            names,
            rememberName: (person: NamedPerson) => {
              setNames((known) => ({ ...known, [person.accountId]: person.displayName }));
            },
            issues,
            components,
          },
    [draft, issues, names, t, components],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft === null) return;
    setSaving(true);
    setError(null);
    host.call('config/save', { config: toSubmit(draft) }).then(
      (answer) => {
        setSaving(false);
        setIssues([]);
        setDraft(answer.config);
        setSavedIds(new Set(answer.config.departments.map((d) => d.id)));
        setOutcome({ kind: 'saved', projects: answer.setupRequested });
      },
      (e: unknown) => {
        setSaving(false);
        const failure = toUiError(e);
        if (failure.code === 'INVALID_INPUT' && failure.fields.length > 0) {
          setIssues(failure.fields);
          setOutcome({ kind: 'invalid' });
        } else setError(failure);
      },
    );
  };

  if (state === null) return error === null ? <Text as="p">{t('admin.settings.loading')}</Text> : <ErrorMessage error={error} onRetry={load} />;
  return (
    <SettingsFormContext.Provider value={state}>
      <form onSubmit={onSubmit} noValidate aria-label={t('admin.settings.form')}>
        <Stack space="space.300">
          <SettingsSection id="departments" title={t('admin.departments.title')} description={t('admin.departments.description')}>
            <DepartmentsEditor savedIds={savedIds} extra={<ImportComponents projects={projects} />} />
          </SettingsSection>
          <SettingsSection id="groups" title={t('admin.groups.title')} description={t('admin.groups.description')}>
            <GroupsFields />
          </SettingsSection>
          <SettingsSection id="calendar" title={t('admin.calendar.title')} description={t('admin.calendar.description')}>
            <CalendarFields />
          </SettingsSection>
          <SettingsSection id="policy" title={t('admin.policy.title')} description={t('admin.policy.description')}>
            <PolicyFields />
          </SettingsSection>
          <SettingsSection id="records" title={t('admin.records.title')} description={t('admin.records.description')}>
            <RecordsFields />
          </SettingsSection>
          <SettingsSection id="triage" title={t('admin.triage.title')} description={t('admin.triage.description')}>
            <TriageFields />
          </SettingsSection>
          <Stack space="space.100">
            <Inline>
              <Button type="submit" appearance="primary" isDisabled={saving}>
                {t('admin.settings.save')}
              </Button>
            </Inline>
            <div role="status">
              {outcome?.kind === 'saved' && (
                <Text as="p" color="color.text.success">
                  {outcome.projects.length === 0 ? t('admin.settings.saved') : t('admin.settings.savedSetUp', { projects: outcome.projects.join(', ') })}
                </Text>
              )}
            </div>
            {outcome?.kind === 'invalid' && (
              <div role="alert">
                <Text as="p" color="color.text.danger">
                  {t('admin.settings.invalid', { count: issues.length })}
                </Text>
              </div>
            )}
            {error !== null && <ErrorMessage error={error} />}
          </Stack>
        </Stack>
      </form>
    </SettingsFormContext.Provider>
  );
};
