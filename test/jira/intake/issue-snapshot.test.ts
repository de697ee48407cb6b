import { STATUSES } from '../../../src/domain/complaint';
import type { IssueSnapshot } from '../../../src/domain/intake/complaint-snapshot';
import { issueKeyOf, issueSnapshot } from '../../../src/jira/intake/issue-snapshot';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { HOUR } from '../../domain/calendar/calendars';
import { makeConfig, NOT_YET_HANDLED, T0 } from '../../domain/factories';
import { FIELD_IDS, makeBinding, STATUS_IDS } from '../provisioning/provisioning-fixtures';
import { adfDoc, jiraTime, makeIssue, makeSnapshot, type IssueParts } from './issue-fixtures';

/** Delivery is also Jira component 10300; Billing and Support have no component. */
const config = makeConfig({
  departments: [
    { id: 'billing', name: 'Billing', leadAccountId: 'lead-billing' },
    { id: 'delivery', name: 'Delivery', componentId: '10300' },
    { id: 'support', name: 'Support' },
  ],
});

const read = (parts: IssueParts = {}, binding: ProjectBinding = makeBinding()): IssueSnapshot => {
  const snapshot = issueSnapshot(makeIssue(parts), binding, config);
  if (snapshot === null) throw new Error('the issue did not read');
  return snapshot;
};
const complaintOf = (parts: IssueParts = {}) => read(parts).complaint;

/** The default issue reads as the default complaint. */
const baseline = makeSnapshot().complaint;
const closedStatus = { id: STATUS_IDS.closed, statusCategory: { key: 'done' } };

describe('issueSnapshot of a complete issue', () => {
  it('reads every part of the complaint', () => {
    expect(read()).toEqual({
      complaint: baseline,
      department: { kind: 'known', id: 'billing' },
      summary: 'Charged twice for March',
      description: 'My card was charged twice for the March invoice.',
      duplicateOf: null,
      duplicates: [],
      updatedAt: T0,
    });
  });

  it('reads the key a duplicate names, in upper case, and the complaints it already duplicates by Jira link', () => {
    const snapshot = read({
      custom: { duplicateOf: ' cmp-5 ' },
      fields: {
        issuelinks: [
          { type: { name: 'Duplicate' }, outwardIssue: { key: 'CMP-5' } },
          { type: { name: 'Duplicate' }, inwardIssue: { key: 'CMP-9' } },
          { type: { name: 'Blocks' }, outwardIssue: { key: 'CMP-7' } },
        ],
      },
    });
    expect([snapshot.duplicateOf, snapshot.duplicates]).toEqual(['CMP-5', ['CMP-5']]);
    expect(read({ custom: { duplicateOf: '   ' } }).duplicateOf).toBeNull();
  });

  it('reads the fields that the app fills in later', () => {
    const complaint = complaintOf({
      custom: {
        subjectUser: { accountId: 'clerk-7', displayName: 'Clerk' },
        channel: { value: 'Email' },
        anonymous: { value: 'Yes' },
        measures: adfDoc('Refund the second charge', 'Fix the billing run'),
        measuresDeadline: '2026-03-13',
        actionTaken: 'Refunded',
        compensation: 12.5,
        satisfaction: 4,
        consideredResolved: 'Yes',
      },
    });
    expect(complaint).toEqual({
      ...baseline,
      subject: { kind: 'employee', accountId: 'clerk-7' },
      channel: 'email',
      anonymous: true,
      measures: 'Refund the second charge\nFix the billing run',
      measuresDeadline: '2026-03-13',
      actionTaken: 'Refunded',
      compensation: 12.5,
      satisfaction: 4,
      consideredResolved: true,
    });
  });

  it("reads the app's fields by the ids this project bound", () => {
    const binding = makeBinding({ fieldIds: { ...FIELD_IDS, department: 'customfield_20000', compensation: 'customfield_20001' } });
    const issue = makeIssue({
      fields: { customfield_20000: { value: 'Delivery' }, customfield_20001: 30 },
      custom: { department: { value: 'Billing' }, compensation: 99 },
    });
    const snapshot = issueSnapshot(issue, binding, config);
    expect(snapshot?.complaint.departmentId).toBe('delivery');
    expect(snapshot?.complaint.compensation).toBe(30);
  });
});

describe('issueSnapshot returns null only without an id, key or project', () => {
  it.each([
    { name: 'not an object', issue: 'CMP-1' },
    { name: 'null', issue: null },
    { name: 'no id', issue: makeIssue({ id: undefined }) },
    { name: 'an empty id', issue: makeIssue({ id: '' }) },
    { name: 'a numeric id', issue: makeIssue({ id: 10001 }) },
    { name: 'no key', issue: makeIssue({ key: undefined }) },
    { name: 'an empty key', issue: makeIssue({ key: '' }) },
    { name: 'no fields', issue: { id: '10001', key: 'CMP-1' } },
    { name: 'no project', issue: makeIssue({ fields: { project: undefined } }) },
    { name: 'a project without a key', issue: makeIssue({ fields: { project: { id: '10000' } } }) },
  ])('$name', ({ issue }) => {
    expect(issueSnapshot(issue, makeBinding(), config)).toBeNull();
  });

  it('reads an issue that has nothing but them', () => {
    const snapshot = issueSnapshot({ id: '10009', key: 'CMP-9', fields: { project: { key: 'CMP' } } }, makeBinding(), config);
    expect(snapshot).toEqual({
      complaint: {
        issueId: '10009',
        issueKey: 'CMP-9',
        projectKey: 'CMP',
        departmentId: null,
        subject: null,
        channel: null,
        anonymous: false,
        status: 'registered',
        resolution: null,
        assigneeAccountId: null,
        reporterAccountId: null,
        ...NOT_YET_HANDLED,
        createdAt: 0,
        statusChangedAt: 0,
        closedAt: null,
      },
      department: { kind: 'none' },
      summary: '',
      description: '',
      duplicateOf: null,
      duplicates: [],
      updatedAt: 0,
    });
  });
});

describe('issueSnapshot reads each field leniently: a malformed one reads as empty, the rest as usual', () => {
  it.each([
    { name: 'assignee as a string', parts: { fields: { assignee: 'lead-billing' } }, change: { assigneeAccountId: null } },
    { name: 'assignee with an empty account id', parts: { fields: { assignee: { accountId: '' } } }, change: { assigneeAccountId: null } },
    { name: 'reporter as a number', parts: { fields: { reporter: 42 } }, change: { reporterAccountId: null } },
    { name: 'status as a name', parts: { fields: { status: 'Closed' } }, change: { status: 'registered' } },
    { name: 'resolution without a name', parts: { fields: { status: closedStatus, resolution: { id: '1' } } }, change: { status: 'closed', closedAt: T0 } },
    { name: 'created not a timestamp', parts: { fields: { created: 'yesterday', statuscategorychangedate: undefined } }, change: { createdAt: 0, statusChangedAt: 0 } },
    { name: 'created empty', parts: { fields: { created: '' } }, change: { createdAt: 0 } },
    { name: 'created as epoch ms', parts: { fields: { created: T0 } }, change: { createdAt: 0 } },
    { name: 'statuscategorychangedate not a timestamp', parts: { fields: { statuscategorychangedate: 'soon' } }, change: { statusChangedAt: T0 } },
    { name: 'department as a string', parts: { custom: { department: 'Billing' } }, change: { departmentId: null } },
    { name: 'components not a list', parts: { fields: { components: '10300' } }, change: {} },
    { name: 'subject user without an account', parts: { custom: { subjectUser: { displayName: 'Clerk' } } }, change: {} },
    { name: 'subject service as a number', parts: { custom: { subjectService: 7 } }, change: { subject: null } },
    { name: 'channel as a string', parts: { custom: { channel: 'Phone' } }, change: { channel: null } },
    { name: 'anonymous as a boolean', parts: { custom: { anonymous: true } }, change: { anonymous: false } },
    { name: 'measures as a number', parts: { custom: { measures: 3 } }, change: { measures: null } },
    { name: 'measures deadline with a time', parts: { custom: { measuresDeadline: '2026-03-13T00:00:00.000+0000' } }, change: { measuresDeadline: null } },
    { name: 'measures deadline in another format', parts: { custom: { measuresDeadline: '13/03/2026' } }, change: { measuresDeadline: null } },
    { name: 'compensation as a string', parts: { custom: { compensation: '12.50' } }, change: { compensation: null } },
    { name: 'satisfaction as a string', parts: { custom: { satisfaction: '4' } }, change: { satisfaction: null } },
    { name: 'considered resolved as a boolean', parts: { custom: { consideredResolved: true } }, change: { consideredResolved: null } },
  ])('$name', ({ parts, change }) => {
    expect(complaintOf(parts as IssueParts)).toEqual({ ...baseline, ...change });
  });

  it('reads a malformed summary or updated as empty', () => {
    const snapshot = read({ fields: { summary: ['Charged twice'], updated: 'now' } });
    expect(snapshot.summary).toBe('');
    // Without `updated`, the snapshot is as old as the issue.
    expect(snapshot.updatedAt).toBe(T0);
  });
});

describe('issueSnapshot: the department', () => {
  const department = (parts: IssueParts) => {
    const snapshot = read(parts);
    return { ref: snapshot.department, id: snapshot.complaint.departmentId };
  };
  const component = (id: string) => ({ id, name: `component ${id}` });

  it.each([
    { name: 'by option name', option: 'Delivery' },
    { name: 'whatever the letter case', option: 'dELIVERY' },
    { name: 'around spaces', option: '  Delivery ' },
  ])('is known $name', ({ option }) => {
    expect(department({ custom: { department: { value: option } } })).toEqual({ ref: { kind: 'known', id: 'delivery' }, id: 'delivery' });
  });

  it('is unknown, with the name as given, when the configuration no longer has it', () => {
    expect(department({ custom: { department: { value: 'Legal ' } } })).toEqual({ ref: { kind: 'unknown', name: 'Legal ' }, id: null });
  });

  it("is the mapped component's when no option is chosen", () => {
    const parts = { custom: { department: null }, fields: { components: [component('10999'), component('10300')] } };
    expect(department(parts)).toEqual({ ref: { kind: 'known', id: 'delivery' }, id: 'delivery' });
  });

  it("is the component's when the option is blank", () => {
    const parts = { custom: { department: { value: '   ' } }, fields: { components: [component('10300')] } };
    expect(department(parts)).toEqual({ ref: { kind: 'known', id: 'delivery' }, id: 'delivery' });
  });

  it('follows the option over a component that maps elsewhere', () => {
    const parts = { custom: { department: { value: 'Support' } }, fields: { components: [component('10300')] } };
    expect(department(parts)).toEqual({ ref: { kind: 'known', id: 'support' }, id: 'support' });
  });

  it('stays unknown for an unknown option even when a component maps', () => {
    const parts = { custom: { department: { value: 'Legal' } }, fields: { components: [component('10300')] } };
    expect(department(parts).ref).toEqual({ kind: 'unknown', name: 'Legal' });
  });

  it.each([
    { name: 'no option and no component', parts: { custom: { department: undefined } } },
    { name: 'no option and an unmapped component', parts: { custom: { department: null }, fields: { components: [component('10999')] } } },
    { name: 'no option and no components field', parts: { custom: { department: null }, fields: { components: undefined } } },
  ])('is none with $name', ({ parts }) => {
    expect(department(parts)).toEqual({ ref: { kind: 'none' }, id: null });
  });
});

describe('issueSnapshot: the status', () => {
  const statusOf = (status: unknown) => complaintOf({ fields: { status } }).status;

  it.each(STATUSES)('reads the id bound to %s', (status) => {
    // The category says otherwise on purpose: the bound id decides.
    expect(statusOf({ id: STATUS_IDS[status], statusCategory: { key: 'indeterminate' } })).toBe(status);
  });

  it.each([
    { key: 'new', status: 'registered' },
    { key: 'indeterminate', status: 'in_progress' },
    { key: 'done', status: 'closed' },
    { key: 'undefined', status: 'registered' },
  ])('reads a status the app did not provision by its category "$key"', ({ key, status }) => {
    expect(statusOf({ id: '1', name: 'Open', statusCategory: { key } })).toBe(status);
  });

  it.each([
    { name: 'no category', status: { id: '1' } },
    { name: 'a malformed category', status: { id: '1', statusCategory: 'done' } },
    { name: 'no status', status: undefined },
    { name: 'a null status', status: null },
  ])('reads an unbound status with $name as registered', ({ status }) => {
    expect(statusOf(status)).toBe('registered');
  });
});

describe('issueSnapshot: the resolution and the close', () => {
  const closed = (fields: Record<string, unknown>) => complaintOf({ fields: { status: closedStatus, ...fields } });

  it.each([
    { name: 'Done', resolution: 'done' },
    { name: 'Fixed', resolution: 'done' },
    { name: 'Declined', resolution: 'done' },
    { name: 'Duplicate', resolution: 'duplicate' },
    { name: 'Duplicate issue', resolution: 'duplicate' },
    { name: 'Withdrawn', resolution: 'withdrawn' },
    { name: 'WITHDRAWN by customer', resolution: 'withdrawn' },
    { name: "Won't Do", resolution: 'withdrawn' },
    { name: "won't fix", resolution: 'withdrawn' },
  ])('reads the resolution "$name" as $resolution', ({ name, resolution }) => {
    expect(closed({ resolution: { id: '10000', name } }).resolution).toBe(resolution);
  });

  it('reads a closed complaint without a resolution as unresolved', () => {
    expect(closed({ resolution: null }).resolution).toBeNull();
  });

  it('ignores a resolution on an open complaint', () => {
    expect(complaintOf({ fields: { resolution: { name: 'Done' }, resolutiondate: jiraTime(T0 + HOUR) } })).toEqual(baseline);
  });

  it('closes at the resolution date, else at the last update', () => {
    const updated = jiraTime(T0 + 3 * HOUR);
    expect(closed({ resolutiondate: jiraTime(T0 + 2 * HOUR), updated }).closedAt).toBe(T0 + 2 * HOUR);
    expect(closed({ resolutiondate: null, updated }).closedAt).toBe(T0 + 3 * HOUR);
  });
});

describe('issueSnapshot: timestamps as Jira writes them', () => {
  it('reads "+0000" and other offsets as the same instant', () => {
    const snapshot = read({
      fields: {
        created: '2026-03-02T09:00:00.000+0000',
        updated: '2026-03-02T12:30:00.000+0200',
        statuscategorychangedate: '2026-03-02T05:15:00.000-0500',
      },
    });
    expect(snapshot.complaint.createdAt).toBe(T0);
    expect(snapshot.updatedAt).toBe(T0 + 1.5 * HOUR);
    expect(snapshot.complaint.statusChangedAt).toBe(T0 + 1.25 * HOUR);
  });

  it('orders by `updated`, which falls back to `created`', () => {
    expect(read({ fields: { created: jiraTime(T0 + HOUR), updated: undefined } }).updatedAt).toBe(T0 + HOUR);
  });

  it('takes the status change from the category change date, else from the creation', () => {
    expect(complaintOf({ fields: { statuscategorychangedate: jiraTime(T0 + HOUR) } }).statusChangedAt).toBe(T0 + HOUR);
    expect(complaintOf({ fields: { created: jiraTime(T0 + 2 * HOUR), statuscategorychangedate: null } }).statusChangedAt).toBe(T0 + 2 * HOUR);
  });
});

describe('issueSnapshot: the subject', () => {
  const subjectOf = (subjectUser: unknown, subjectService: unknown) => complaintOf({ custom: { subjectUser, subjectService } }).subject;

  it('is the employee when one is picked, even with a service typed too', () => {
    expect(subjectOf({ accountId: 'clerk-7' }, 'Invoices')).toEqual({ kind: 'employee', accountId: 'clerk-7' });
  });

  it('is the service, trimmed, otherwise', () => {
    expect(subjectOf(null, '  Invoices \n')).toEqual({ kind: 'service', name: 'Invoices' });
  });

  it.each([
    { name: 'neither is given', user: null, service: null },
    { name: 'the service is blank', user: null, service: '   ' },
    { name: 'the service is empty', user: undefined, service: '' },
  ])('is none when $name', ({ user, service }) => {
    expect(subjectOf(user, service)).toBeNull();
  });
});

describe('issueSnapshot: the select and number fields', () => {
  it.each([
    { label: 'Phone', channel: 'phone' },
    { label: 'email', channel: 'email' },
    { label: 'PORTAL', channel: 'portal' },
    { label: 'In person', channel: 'in_person' },
    { label: 'in PERSON', channel: 'in_person' },
    { label: 'Other', channel: 'other' },
    { label: 'Fax', channel: null },
    { label: 'in_person', channel: null },
  ])('reads the channel "$label" as $channel', ({ label, channel }) => {
    expect(complaintOf({ custom: { channel: { value: label } } }).channel).toBe(channel);
  });

  it('reads no channel as none', () => {
    expect(complaintOf({ custom: { channel: null } }).channel).toBeNull();
  });

  it.each([
    { value: { value: 'Yes' }, anonymous: true },
    { value: { value: 'No' }, anonymous: false },
    { value: { value: 'yes' }, anonymous: false },
    { value: null, anonymous: false },
  ])('reads Anonymous $value as $anonymous', ({ value, anonymous }) => {
    expect(complaintOf({ custom: { anonymous: value } }).anonymous).toBe(anonymous);
  });

  it.each([
    { value: 1, satisfaction: 1 },
    { value: 5, satisfaction: 5 },
    { value: 0, satisfaction: null },
    { value: 6, satisfaction: null },
    { value: 3.5, satisfaction: null },
    { value: null, satisfaction: null },
  ])('reads satisfaction $value as $satisfaction', ({ value, satisfaction }) => {
    expect(complaintOf({ custom: { satisfaction: value } }).satisfaction).toBe(satisfaction);
  });

  it.each([
    { value: 'Yes', resolved: true },
    { value: 'YES', resolved: true },
    { value: 'No', resolved: false },
    { value: 'maybe', resolved: false },
    { value: null, resolved: null },
    { value: undefined, resolved: null },
  ])('reads "considered resolved" $value as $resolved', ({ value, resolved }) => {
    expect(complaintOf({ custom: { consideredResolved: value } }).consideredResolved).toBe(resolved);
  });

  it('reads a compensation of 0 as paid nothing, not as none', () => {
    expect(complaintOf({ custom: { compensation: 0 } }).compensation).toBe(0);
  });

  it('reads Measures and Action taken from ADF or a plain string, blank as none', () => {
    expect(complaintOf({ custom: { measures: 'Refund', actionTaken: adfDoc('Refunded', 'Called') } })).toMatchObject({
      measures: 'Refund',
      actionTaken: 'Refunded\nCalled',
    });
    expect(complaintOf({ custom: { measures: adfDoc(' '), actionTaken: '' } })).toMatchObject({ measures: null, actionTaken: null });
  });
});

describe('issueKeyOf', () => {
  it('reads the key of any issue a search returns, readable as a complaint or not', () => {
    expect(issueKeyOf(makeIssue({ key: 'CMP-7' }))).toBe('CMP-7');
    expect(issueKeyOf({ key: 'CMP-8', fields: null })).toBe('CMP-8');
    expect(issueKeyOf({ id: '10001' })).toBeNull();
    expect(issueKeyOf(null)).toBeNull();
  });
});
