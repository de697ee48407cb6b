import type { AnonymousComplaintInput, EscalationGround, FieldIssue, RequestOf } from '../../src/contracts/resolver-contracts';
import { checkContact, type ContactValues } from '../shared/contact-form';

/** The longest texts the portal's resolvers accept, so a field stops there rather than fail on sending. */
export const PORTAL_MAX_LENGTH = { reason: 1000, words: 1000, summary: 255, description: 5000 } as const;

const missing = (path: string, text: string): FieldIssue[] => (text.trim() === '' ? [{ path, message: 'missing' }] : []);

export interface EscalateValues {
  /** '' until the customer picks one. */
  readonly ground: EscalationGround | '';
  readonly reason: string;
}

/** A ground the backend offers now, and a reason in the customer's words. */
export const checkEscalation = (values: EscalateValues, grounds: readonly EscalationGround[]): FieldIssue[] => [
  ...(values.ground === '' ? [{ path: 'ground', message: 'missing' }] : grounds.includes(values.ground) ? [] : [{ path: 'ground', message: 'out_of_range' }]),
  ...missing('reason', values.reason),
];

/** The checked form as `portal/escalate` takes it; the profile panel names the complaint, a request's page does not. */
export const escalateRequest = (values: EscalateValues, issueKey: string | undefined): RequestOf<'portal/escalate'> => ({
  ground: values.ground as EscalationGround,
  reason: values.reason.trim(),
  ...(issueKey === undefined ? {} : { issueKey }),
});

export interface OutcomeValues {
  /** 'yes' (resolved, then rated), 'no' (not resolved, then in words), or '' while unanswered. */
  readonly resolved: 'yes' | 'no' | '';
  readonly satisfaction: string;
  readonly words: string;
}

/** Resolved needs a rating of 1 to 5; not resolved needs the customer's words. */
export const checkOutcome = (values: OutcomeValues): FieldIssue[] => {
  if (values.resolved === '') return [{ path: 'resolved', message: 'missing' }];
  if (values.resolved === 'no') return missing('words', values.words);
  if (values.satisfaction === '') return [{ path: 'satisfaction', message: 'missing' }];
  return /^[1-5]$/.test(values.satisfaction) ? [] : [{ path: 'satisfaction', message: 'out_of_range' }];
};

export const outcomeRequest = (values: OutcomeValues, issueKey: string | undefined): RequestOf<'portal/confirm-outcome'> => ({
  ...(values.resolved === 'yes' ? { resolved: true, satisfaction: Number(values.satisfaction) } : { resolved: false, words: values.words.trim() }),
  ...(issueKey === undefined ? {} : { issueKey }),
});

export interface RaiseValues {
  readonly summary: string;
  readonly description: string;
  /** '' for "I don't know": the advocates triage it. */
  readonly departmentId: string;
  readonly contact: ContactValues;
}

/** The complaint needs its summary and description, and the way to reach the customer needs its detail. */
export const checkRaise = (values: RaiseValues): FieldIssue[] => [
  ...missing('summary', values.summary),
  ...missing('description', values.description),
  // The contact fields answer under `contact.` on the server too, so its problems land on the same fields.
  ...checkContact(values.contact).map((issue) => ({ ...issue, path: `contact.${issue.path}` })),
];

export const raiseRequest = (values: RaiseValues): AnonymousComplaintInput => ({
  summary: values.summary.trim(),
  description: values.description.trim(),
  ...(values.departmentId === '' ? {} : { departmentId: values.departmentId }),
  contact: values.contact,
});
