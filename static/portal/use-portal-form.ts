import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { FieldIssue } from '../../src/contracts/resolver-contracts';
import { problemKeyOf, problemsByField } from '../shared/field-problems';
import { useT } from '../shared/i18n/i18n-context';
import { useSubmit, type Submission } from '../shared/use-submit';

export interface PortalFormState {
  readonly form: RefObject<HTMLFormElement>;
  readonly submission: Submission;
  readonly issues: readonly FieldIssue[];
  /** The translated problem of a field, by its request name. */
  readonly errorOf: (name: string) => string | undefined;
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/** Moves focus to the first field in error; a radiogroup passes it on to its one tab stop. */
const focusFirstInvalid = (form: HTMLFormElement | null) => {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.getAttribute('role') === 'radiogroup' ? invalid.querySelector<HTMLElement>('[tabindex="0"]') : invalid;
  target?.focus();
};

/**
 * A portal form's flow: the browser's checks first (the same problem codes the resolvers answer
 * with), then one call; a problem the server finds lands on its field too.
 */
export const usePortalForm = <R>(check: () => FieldIssue[], send: () => Promise<R>, onDone: (answer: R) => void): PortalFormState => {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const submission = useSubmit();
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  useEffect(() => {
    if (submission.error !== null) setIssues(submission.error.fields);
  }, [submission.error]);
  const byField = problemsByField(issues);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = check();
    setIssues(problems);
    if (problems.length > 0) {
      submission.clear();
      focusFirstInvalid(form.current);
      return;
    }
    let answer: R | undefined;
    const sent = await submission.run(async () => {
      answer = await send();
    });
    if (sent) onDone(answer as R);
  };
  return {
    form,
    submission,
    issues,
    errorOf: (name) => {
      const problem = byField.get(name);
      return problem === undefined ? undefined : t(problemKeyOf(problem));
    },
    onSubmit: (event) => void onSubmit(event),
  };
};
