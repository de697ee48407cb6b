import type { ComplaintStatus } from '../../../src/domain/complaint';
import { changeEntries, type ChangeItem, type IssueChange } from '../../../src/jira/intake/change-entries';
import { T0 } from '../../domain/factories';
import { makeBinding, STATUS_IDS } from '../provisioning/provisioning-fixtures';

const binding = makeBinding();

const makeChange = (items: readonly ChangeItem[], overrides: Partial<IssueChange> = {}): IssueChange => ({
  issueId: '10001',
  changelogId: '555',
  items,
  at: T0,
  actorAccountId: 'lead-billing',
  selfGenerated: false,
  status: 'in_progress',
  ...overrides,
});

/** A complaint status by its bound id; anything else as a raw Jira status id. */
const idOf = (status: string | null): string | null => (status !== null && status in STATUS_IDS ? STATUS_IDS[status as ComplaintStatus] : status);
/** A status item as Jira's changelog writes it: status ids in from/to. */
const statusItem = (from: string | null, to: string | null): ChangeItem => ({ field: 'status', fieldId: 'status', from: idOf(from), to: idOf(to) });
const assigneeItem = (from: string | null, to: string | null | undefined): ChangeItem => ({ field: 'assignee', fieldId: 'assignee', from, to });

describe('changeEntries: a status change', () => {
  it('is one trail entry, keyed by the changelog id, into the new status', () => {
    expect(changeEntries(makeChange([statusItem('registered', 'in_progress')], { at: T0 + 60_000 }), binding)).toEqual([
      {
        key: 'changelog:555:status',
        issueId: '10001',
        at: T0 + 60_000,
        kind: 'transitioned',
        actorAccountId: 'lead-billing',
        reason: 'status.in_progress',
        recipients: [],
        status: 'in_progress',
      },
    ]);
  });

  it.each([
    { name: 'start work', from: 'registered', to: 'in_progress', kind: 'transitioned' },
    { name: 'mark measures done', from: 'in_progress', to: 'measures_done', kind: 'transitioned' },
    { name: 'close after the call', from: 'measures_done', to: 'closed', kind: 'closed' },
    { name: 'withdraw while registered', from: 'registered', to: 'closed', kind: 'closed' },
    { name: 'return for rework', from: 'measures_done', to: 'in_progress', kind: 'returned' },
    { name: 'reopen', from: 'closed', to: 'in_progress', kind: 'reopened' },
    { name: 'from a status the app did not provision into In progress', from: '1', to: 'in_progress', kind: 'transitioned' },
    { name: 'from a status the app did not provision into Closed', from: '1', to: 'closed', kind: 'closed' },
    { name: 'from no status', from: null, to: 'registered', kind: 'transitioned' },
  ])('$name is "$kind"', ({ from, to, kind }) => {
    const [entry, ...rest] = changeEntries(makeChange([statusItem(from, to)]), binding);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind, status: to, reason: `status.${to}` });
  });

  it('into a status the app did not provision leaves no entry', () => {
    expect(changeEntries(makeChange([statusItem('in_progress', '1')]), binding)).toEqual([]);
    expect(changeEntries(makeChange([statusItem('in_progress', null)]), binding)).toEqual([]);
  });

  it('is known by its field id, else by its field name', () => {
    const named = (item: Omit<ChangeItem, 'from' | 'to'>) => changeEntries(makeChange([{ ...item, from: STATUS_IDS.registered, to: STATUS_IDS.in_progress }]), binding);
    expect(named({ field: 'Status', fieldId: 'status' })).toHaveLength(1);
    expect(named({ field: 'status' })).toHaveLength(1);
    // A custom field named "status" is not the workflow status.
    expect(named({ field: 'status', fieldId: 'customfield_10099' })).toEqual([]);
  });

  it("is read by the binding: another project's ids mean other statuses", () => {
    const other = makeBinding({ statusIds: { registered: '1', in_progress: '2', measures_done: '10101', closed: '3' } });
    const change = makeChange([{ field: 'status', fieldId: 'status', from: STATUS_IDS.measures_done, to: '2' }]);
    expect(changeEntries(change, other).map((e) => e.kind)).toEqual(['returned']);
    expect(changeEntries(change, binding)).toEqual([]);
  });
});

describe('changeEntries: an assignment', () => {
  it("by a person is a re-route in Jira, in the issue's status", () => {
    const change = makeChange([assigneeItem('lead-billing', 'clerk-7')], { actorAccountId: 'advocate-billing', status: 'measures_done' });
    expect(changeEntries(change, binding)).toEqual([
      {
        key: 'changelog:555:assignee',
        issueId: '10001',
        at: T0,
        kind: 'rerouted',
        actorAccountId: 'advocate-billing',
        reason: 'rerouted.in_jira',
        recipients: ['user:clerk-7'],
        status: 'measures_done',
      },
    ]);
  });

  it('by a person from no assignee (out of triage) is a re-route too', () => {
    expect(changeEntries(makeChange([assigneeItem(null, 'clerk-7')]), binding).map((e) => e.kind)).toEqual(['rerouted']);
  });

  it("by the app itself leaves no entry: it is the app's own routing", () => {
    expect(changeEntries(makeChange([assigneeItem(null, 'lead-billing')], { selfGenerated: true }), binding)).toEqual([]);
  });

  it.each([
    { name: 'to nobody', to: null },
    { name: 'to an empty id', to: '' },
    { name: 'with no target', to: undefined },
  ])('that unassigns ($name) leaves no entry', ({ to }) => {
    expect(changeEntries(makeChange([assigneeItem('lead-billing', to)]), binding)).toEqual([]);
  });
});

describe('changeEntries: one change with several items', () => {
  it('gives an entry per status and assignment, with distinct keys, in the order of the items', () => {
    const change = makeChange([
      { field: 'summary', fieldId: 'summary', from: null, to: null },
      assigneeItem('lead-billing', 'deputy-billing'),
      statusItem('in_progress', 'measures_done'),
    ]);
    const entries = changeEntries(change, binding);
    expect(entries.map((e) => [e.key, e.kind, e.status])).toEqual([
      ['changelog:555:assignee', 'rerouted', 'in_progress'],
      ['changelog:555:status', 'transitioned', 'measures_done'],
    ]);
  });

  it('made by the app keeps its status change but not its assignment', () => {
    const change = makeChange([assigneeItem(null, 'lead-billing'), statusItem('measures_done', 'closed')], { selfGenerated: true, actorAccountId: null });
    expect(changeEntries(change, binding).map((e) => [e.key, e.kind, e.actorAccountId])).toEqual([['changelog:555:status', 'closed', null]]);
  });

  it('keys its entries by the changelog alone, so a redelivery, however late, has the same keys', () => {
    const change = makeChange([statusItem('registered', 'in_progress'), assigneeItem(null, 'clerk-7')]);
    const keys = (c: IssueChange) => changeEntries(c, binding).map((e) => e.key);
    expect(keys({ ...change, at: T0 + 3_600_000, actorAccountId: null })).toEqual(['changelog:555:status', 'changelog:555:assignee']);
    expect(keys({ ...change, changelogId: '556' })).toEqual(['changelog:556:status', 'changelog:556:assignee']);
  });

  it('of other fields only leaves no entry', () => {
    const change = makeChange([
      { field: 'summary', fieldId: 'summary', from: null, to: null },
      { field: 'Measures', fieldId: 'customfield_10055', from: null, to: null },
      { field: 'resolution', fieldId: 'resolution', from: null, to: '10000' },
    ]);
    expect(changeEntries(change, binding)).toEqual([]);
    expect(changeEntries(makeChange([]), binding)).toEqual([]);
  });
});

describe('changeEntries: the reason of a return, reopen or closing', () => {
  const reasonItem = (text: string | null): ChangeItem => ({ field: 'Reason', fieldId: 'customfield_10060', from: null, to: null, toText: text });

  it.each([
    ['returned', 'measures_done', 'in_progress'],
    ['reopened', 'closed', 'in_progress'],
    ['closed', 'in_progress', 'closed'],
  ] as const)('goes on the %s entry as its note, from the Reason field the same change wrote', (kind, from, to) => {
    const [entry] = changeEntries(makeChange([statusItem(from, to), reasonItem('  The refund never came  ')]), binding);
    expect(entry).toMatchObject({ kind, note: 'The refund never came' });
  });

  it('is not taken from another change, nor put on a plain transition, nor left empty', () => {
    expect(changeEntries(makeChange([statusItem('measures_done', 'in_progress')]), binding)[0]).not.toHaveProperty('note');
    expect(changeEntries(makeChange([statusItem('registered', 'in_progress'), reasonItem('Why not')]), binding)[0]).not.toHaveProperty('note');
    expect(changeEntries(makeChange([statusItem('measures_done', 'in_progress'), reasonItem('   ')]), binding)[0]).not.toHaveProperty('note');
  });
});
