import { Stack } from '@atlaskit/primitives/compiled';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ContactRecord, FieldIssue } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { UiError } from '../../shared/ui-error';
import { checkContact, contactValuesOf, type ContactValues } from '../../shared/contact-form';
import { problemKeyOf, problemsByField } from '../../shared/field-problems';
import { useSubmit } from '../../shared/use-submit';
import { FormButtons } from '../../shared/components/FormButtons';
import { ContactFields } from '../../shared/components/ContactFields';

interface ContactFormProps {
  readonly contact: ContactRecord | null;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

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
        <ContactFields values={values} onChange={setValues} errorOf={errorOf} />
        {submission.error !== null && <ErrorMessage error={new UiError(submission.error.code, submission.error.message)} />}
        <FormButtons submitLabel={t('contact.save')} working={submission.working} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
