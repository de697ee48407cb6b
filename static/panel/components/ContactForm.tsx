import { Stack } from '@atlaskit/primitives/compiled';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ContactRecord, FieldIssue } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { fieldStyle, invalidFieldStyle } from '../../shared/components/field-style';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { UiError } from '../../shared/ui-error';
import { CONTACT_CHANNELS, CONTACT_MAX_LENGTH, checkContact, contactValuesOf, type ContactField, type ContactValues } from '../contact-form';
import { problemKeyOf, problemsByField } from '../field-problems';
import { useSubmit } from '../use-submit';
import { FormButtons } from './FormButtons';
import { FormField, type FieldIds } from '../../shared/components/FormField';

interface ContactFormProps {
  readonly contact: ContactRecord | null;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

const TEXT_FIELDS: readonly { name: ContactField; type: 'text' | 'email' | 'tel' }[] = [
  { name: 'name', type: 'text' },
  { name: 'email', type: 'email' },
  { name: 'phone', type: 'tel' },
];

/** Records or edits an anonymous customer's contact data (advocates only; the resolver checks it again). */
export const ContactForm = ({ contact, onSaved, onCancel }: ContactFormProps) => {
  const t = useT();
  const host = useSurfaceHost();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ContactValues>(() => contactValuesOf(contact));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const submission = useSubmit();
  const byField = problemsByField(issues);

  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);
  useEffect(() => {
    if (submission.error !== null) setIssues(submission.error.fields);
  }, [submission.error]);

  const errorOf = (name: string) => {
    const problem = byField.get(name);
    return problem === undefined ? undefined : t(problemKeyOf(problem));
  };
  const common = (name: ContactField, ids: FieldIds) => ({
    id: ids.id,
    name,
    value: values[name],
    maxLength: CONTACT_MAX_LENGTH[name],
    'aria-describedby': ids.describedBy,
    'aria-invalid': ids.invalid || undefined,
    style: ids.invalid ? invalidFieldStyle : fieldStyle,
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
    },
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkContact(values);
    setIssues(problems);
    if (problems.length > 0) return;
    if (await submission.run(() => host.call('contact/save', values).then(() => undefined))) onSaved();
  };

  return (
    <form ref={form} aria-label={t(contact === null ? 'contact.record' : 'contact.edit')} noValidate onSubmit={(event) => void onSubmit(event)}>
      <Stack space="space.150">
        {TEXT_FIELDS.map(({ name, type }) => (
          <FormField key={name} label={t(`contact.${name}`)} error={errorOf(name)}>
            {(ids) => <input {...common(name, ids)} type={type} />}
          </FormField>
        ))}
        <FormField label={t('contact.preferredChannel')} error={errorOf('preferredChannel')}>
          {(ids) => (
            <select
              id={ids.id}
              name="preferredChannel"
              value={values.preferredChannel}
              aria-describedby={ids.describedBy}
              style={fieldStyle}
              onChange={(event) => {
                const channel = CONTACT_CHANNELS.find((c) => c === event.target.value);
                if (channel !== undefined) setValues((current) => ({ ...current, preferredChannel: channel }));
              }}
            >
              {CONTACT_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`contact.channel.${channel}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('contact.note')} error={errorOf('note')}>
          {(ids) => <textarea {...common('note', ids)} rows={3} />}
        </FormField>
        {submission.error !== null && <ErrorMessage error={new UiError(submission.error.code, submission.error.message)} />}
        <FormButtons submitLabel={t('contact.save')} working={submission.working} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
