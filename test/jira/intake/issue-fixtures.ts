import type { AnyFieldKey } from '../../../src/jira/provisioning/complaint-fields';
import type { IssueSnapshot } from '../../../src/domain/intake/complaint-snapshot';
import type { Complaint } from '../../../src/domain/complaint';
import { makeComplaint, NOT_YET_HANDLED, T0 } from '../../domain/factories';
import { FIELD_IDS, STATUS_IDS } from '../provisioning/provisioning-fixtures';

/** A time as Jira's REST API writes it: `2026-03-02T09:00:00.000+0000`. */
export const jiraTime = (ms: number): string => new Date(ms).toISOString().replace('Z', '+0000');

/** An ADF document with one paragraph per line. */
export const adfDoc = (...paragraphs: string[]): unknown => ({
  type: 'doc',
  version: 1,
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export interface IssueParts {
  readonly id?: unknown;
  readonly key?: unknown;
  /** Jira's own fields; `undefined` leaves the field out. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** The app's fields by key, written under the ids of FIELD_IDS; `undefined` leaves the field out. */
  readonly custom?: Partial<Readonly<Record<AnyFieldKey, unknown>>>;
}

/** The object without the keys whose value is `undefined`, as JSON would carry it. */
const defined = (value: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

/**
 * A Jira REST v3 issue as an event or a search returns it. By default it reads as
 * `makeComplaint()`: a Registered Billing complaint about Invoices, by phone, created at T0.
 * A part given as `undefined` is left out.
 */
export const makeIssue = (parts: IssueParts = {}): Record<string, unknown> => {
  const custom: Partial<Record<AnyFieldKey, unknown>> = {
    department: { self: 'https://example.atlassian.net/rest/api/3/customFieldOption/10200', value: 'Billing', id: '10200' },
    subjectService: 'Invoices',
    channel: { value: 'Phone', id: '10210' },
    anonymous: { value: 'No', id: '10221' },
    subjectUser: null,
    ...NOT_YET_HANDLED,
    ...parts.custom,
  };
  return defined({
    id: '10001',
    key: 'CMP-1',
    self: 'https://example.atlassian.net/rest/api/3/issue/10001',
    ...parts,
    custom: undefined,
    fields: defined({
      project: { id: '10000', key: 'CMP', name: 'Complaints' },
      summary: 'Charged twice for March',
      description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'My card was charged twice for the March invoice.' }] }] },
      status: { id: STATUS_IDS.registered, name: 'Registered', statusCategory: { id: 2, key: 'new', name: 'To Do' } },
      resolution: null,
      assignee: { accountId: 'lead-billing', displayName: 'Lee Billing', active: true },
      reporter: { accountId: 'registrar-1', displayName: 'Rita Registrar' },
      components: [],
      created: jiraTime(T0),
      updated: jiraTime(T0),
      resolutiondate: null,
      statuscategorychangedate: jiraTime(T0),
      ...Object.fromEntries(Object.entries(custom).map(([k, v]) => [FIELD_IDS[k as AnyFieldKey], v])),
      ...parts.fields,
    }),
  });
};

/** What Jira says of a complaint, as `issueSnapshot` reads it; `makeComplaint()` by default. */
export const makeSnapshot = (
  overrides: Partial<IssueSnapshot['complaint']> & { readonly responsibleAccountId?: never } = {},
  updatedAt: number = T0,
  department: IssueSnapshot['department'] = { kind: 'known', id: 'billing' },
): IssueSnapshot => {
  const appOnly = new Set<string>(['firstActionAt', 'followUpOf', 'returns', 'reopens', 'responsibleAccountId']);
  // Only Jira's part: what only the app knows must come from the merge, not leak in from here.
  const complaint = Object.fromEntries(Object.entries(makeComplaint(overrides)).filter(([k]) => !appOnly.has(k))) as IssueSnapshot['complaint'];
  return { complaint, department, summary: 'Charged twice for March', description: 'My card was charged twice for the March invoice.', duplicateOf: null, duplicates: [], updatedAt };
};

/** What the index already has of a complaint. */
export const makeKnown = (overrides: Partial<Complaint> = {}, jiraUpdatedAt: number = T0): Complaint & { readonly jiraUpdatedAt: number } => ({
  ...makeComplaint(overrides),
  jiraUpdatedAt,
});
