import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PanelAction, PanelView } from '../../../src/contracts/panel-view';
import type { FieldIssue } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { UiError } from '../../shared/ui-error';
import { ACTION_FIELDS, checkForm, submitAction, type FieldName, type FormValues } from '../action-forms';
import { problemKeyOf, problemsByField } from '../../shared/field-problems';
import { useSubmit } from '../../shared/use-submit';
import { FormButtons } from '../../shared/components/FormButtons';
import { ActionField } from './ActionField';

interface ActionFormProps {
  readonly action: PanelAction;
  readonly view: PanelView;
  readonly id: string;
  /** Called after the action succeeded, with the key of the complaint it created, if any. */
  readonly onDone: (created: string | null) => void;
  readonly onCancel: () => void;
}

const FOCUSABLE = 'input, textarea, select, button[tabindex="0"], button[type="submit"]';

/** An action's inline form: its fields, the checks the browser can make, then one resolver call. */
export const ActionForm = ({ action, view, id, onDone, onCancel }: ActionFormProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>({});
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const submission = useSubmit();
  const specs = ACTION_FIELDS[action];
  const byField = problemsByField(issues);
  const known = new Set<string>(specs.map((spec) => spec.name));
  const stray = issues.filter((issue) => !known.has(issue.path));

  // Focus moves into the form as it opens, so a keyboard user is where the work is.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, []);

  const setValue = (name: FieldName, value: string) => {
    // Another department's people are not this one's: a re-route's person choice starts again.
    setValues((current) => ({ ...current, [name]: value, ...(name === 'departmentId' ? { accountId: '' } : {}) }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkForm(action, values, view.forms.today);
    setIssues(problems);
    if (problems.length > 0) {
      submission.clear();
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    let created: string | null = null;
    const done = await submission.run(async () => {
      created = await submitAction(host.call, action, values);
    });
    if (done) onDone(created);
  };

  useEffect(() => {
    if (submission.error !== null) setIssues(submission.error.fields);
  }, [submission.error]);

  const label = t(`panel.action.${action}`);
  return (
    <form id={id} ref={form} aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)}>
      <Stack space="space.150">
        <Heading size="xsmall" as="h3" id={headingId}>
          {label}
        </Heading>
        {action === 'nudge' && <Text as="p">{t('panel.nudge.confirm')}</Text>}
        {specs.map((spec) => {
          const problem = byField.get(spec.name);
          return (
            <ActionField
              key={spec.name}
              spec={spec}
              view={view}
              value={values[spec.name] ?? ''}
              departmentId={values.departmentId ?? ''}
              error={problem === undefined ? undefined : t(problemKeyOf(problem))}
              onChange={(value) => {
                setValue(spec.name, value);
              }}
            />
          );
        })}
        {issues.length > 0 && submission.error === null && (
          <Text as="p" color="color.text.danger">
            {t('panel.form.invalid')}
          </Text>
        )}
        {submission.error !== null && (
          // The fields' problems show by their fields, translated; the box gives the overall reason.
          <ErrorMessage error={new UiError(submission.error.code, submission.error.message)} />
        )}
        {stray.length > 0 && (
          <ul>
            {stray.map((issue) => (
              <li key={issue.path}>
                <Text color="color.text.danger">{`${issue.path}: ${t(problemKeyOf(issue.message))}`}</Text>
              </li>
            ))}
          </ul>
        )}
        <FormButtons submitLabel={label} working={submission.working} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
