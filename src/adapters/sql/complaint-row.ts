import type { Insertable, Selectable } from 'kysely';
import type { Subject } from '../../domain/complaint';
import type { IndexedComplaint } from '../../domain/intake/healing-need';
import { complaintTimings, type TimingSettings } from '../../domain/metrics/complaint-timings';
import { subjectKey } from '../../domain/metrics/subject-key';
import type { ComplaintRecord, DueComplaint } from '../../ports/store.port';
import { CHANNEL, RESOLUTION, STATUS, SUBJECT_KIND } from './column-codes';
import { clip, fit, fitOrNull, flag, flagOrNull, num, numOrNull, satisfactionOf } from './column-values';
import { WIDTH, type ComplaintTable } from './store-schema';

const subjectValue = (subject: Subject): string =>
  subject.kind === 'employee' ? fit(subject.accountId, WIDTH.accountId, 'subject account id') : (clip(subject.name, WIDTH.subjectValue) ?? '');

export const subjectOf = (kind: number | null, value: string | null): Subject | null => {
  if (kind === null) return null;
  return SUBJECT_KIND.decode(kind) === 'employee' ? { kind: 'employee', accountId: value ?? '' } : { kind: 'service', name: value ?? '' };
};

/** The subject as the index keeps it, a service name cut to its column: what rows read back compare by. */
const keptSubject = (subject: Subject | null): Subject | null =>
  subject?.kind === 'service' ? { kind: 'service', name: clip(subject.name, WIDTH.subjectValue) ?? '' } : subject;

/** The columns the dashboard reads instead of doing calendar work or folding names. */
export const timingColumns = (
  settings: TimingSettings,
  c: Pick<ComplaintRecord, 'createdAt' | 'firstActionAt' | 'closedAt' | 'subject'>,
): Pick<ComplaintTable, 'first_action_days' | 'close_days' | 'response_due_at' | 'subject_key'> => {
  const timings = complaintTimings(settings, c);
  return {
    first_action_days: timings.firstActionDays,
    close_days: timings.closeDays,
    response_due_at: timings.responseDueAt,
    subject_key: subjectKey(keptSubject(c.subject)),
  };
};

const accountId = (value: string | null, column: string): string | null => fitOrNull(value, WIDTH.accountId, column);

/**
 * The row of a complaint, with its timings worked out under `settings`: the business calendar
 * and the preset that are configured when it is written.
 */
export const toComplaintRow = (r: ComplaintRecord, settings: TimingSettings): Insertable<ComplaintTable> => ({
  ...timingColumns(settings, r),
  issue_id: fit(r.issueId, WIDTH.issueId, 'issue_id'),
  issue_key: fit(r.issueKey, WIDTH.issueKey, 'issue_key'),
  project_key: fit(r.projectKey, WIDTH.projectKey, 'project_key'),
  department_id: fitOrNull(r.departmentId, WIDTH.departmentId, 'department_id'),
  subject_kind: r.subject === null ? null : SUBJECT_KIND.encode(r.subject.kind),
  subject_value: r.subject === null ? null : subjectValue(r.subject),
  channel: r.channel === null ? null : CHANNEL.encode(r.channel),
  anonymous: flag(r.anonymous),
  status: STATUS.encode(r.status),
  resolution: r.resolution === null ? null : RESOLUTION.encode(r.resolution),
  assignee_account_id: accountId(r.assigneeAccountId, 'assignee_account_id'),
  responsible_account_id: accountId(r.responsibleAccountId, 'responsible_account_id'),
  reporter_account_id: accountId(r.reporterAccountId, 'reporter_account_id'),
  measures: clip(r.measures, WIDTH.text),
  measures_deadline: fitOrNull(r.measuresDeadline, WIDTH.date, 'measures_deadline'),
  action_taken: clip(r.actionTaken, WIDTH.text),
  compensation: r.compensation,
  satisfaction: r.satisfaction,
  considered_resolved: flagOrNull(r.consideredResolved),
  return_count: r.returns,
  reopen_count: r.reopens,
  follow_up_of: fitOrNull(r.followUpOf, WIDTH.issueKey, 'follow_up_of'),
  created_at: r.createdAt,
  status_changed_at: r.statusChangedAt,
  first_action_at: r.firstActionAt,
  closed_at: r.closedAt,
  next_due_at: r.nextDueAt,
  due_at: r.dueAt,
  escalation_level: r.escalationLevel,
  shared_measures: clip(r.sharedMeasures, WIDTH.text),
  routed_at: r.routedAt,
  route_attempts: r.routeAttempts,
  jira_updated_at: r.jiraUpdatedAt,
  version: r.version,
  // A save may come with trail entries (a reopen, say): the retention looks at the complaint again.
  trail_trimmed: null,
});

/** The columns the reconciliation compares with Jira (`IndexedComplaint`). */
export const INDEXED_COLUMNS = [
  'issue_id',
  'status',
  'resolution',
  'assignee_account_id',
  'measures',
  'measures_deadline',
  'action_taken',
  'compensation',
  'satisfaction',
  'considered_resolved',
  'routed_at',
  'jira_updated_at',
] as const satisfies readonly (keyof ComplaintTable)[];

export const fromIndexedRow = (row: Pick<Selectable<ComplaintTable>, (typeof INDEXED_COLUMNS)[number]>): IndexedComplaint => ({
  issueId: row.issue_id,
  status: STATUS.decode(row.status),
  resolution: row.resolution === null ? null : RESOLUTION.decode(row.resolution),
  assigneeAccountId: row.assignee_account_id,
  measures: row.measures,
  measuresDeadline: row.measures_deadline,
  actionTaken: row.action_taken,
  compensation: numOrNull(row.compensation),
  satisfaction: satisfactionOf(row.satisfaction),
  consideredResolved: row.considered_resolved === null ? null : num(row.considered_resolved) === 1,
  routedAt: numOrNull(row.routed_at),
  jiraUpdatedAt: num(row.jira_updated_at),
});

export const fromComplaintRow = (row: Selectable<ComplaintTable>): ComplaintRecord => ({
  ...fromIndexedRow(row),
  issueKey: row.issue_key,
  projectKey: row.project_key,
  departmentId: row.department_id,
  subject: subjectOf(row.subject_kind, row.subject_value),
  channel: row.channel === null ? null : CHANNEL.decode(row.channel),
  anonymous: num(row.anonymous) === 1,
  responsibleAccountId: row.responsible_account_id,
  reporterAccountId: row.reporter_account_id,
  returns: num(row.return_count),
  reopens: num(row.reopen_count),
  followUpOf: row.follow_up_of,
  createdAt: num(row.created_at),
  statusChangedAt: num(row.status_changed_at),
  firstActionAt: numOrNull(row.first_action_at),
  closedAt: numOrNull(row.closed_at),
  nextDueAt: numOrNull(row.next_due_at),
  dueAt: numOrNull(row.due_at),
  escalationLevel: num(row.escalation_level),
  sharedMeasures: row.shared_measures,
  routeAttempts: num(row.route_attempts),
  version: num(row.version),
});

/** The columns the sweep reads of a due complaint. */
export const DUE_COLUMNS = ['issue_id', 'next_due_at'] as const satisfies readonly (keyof ComplaintTable)[];

export const fromDueRow = (row: Pick<Selectable<ComplaintTable>, (typeof DUE_COLUMNS)[number]>): DueComplaint => ({
  issueId: row.issue_id,
  nextDueAt: numOrNull(row.next_due_at),
});
