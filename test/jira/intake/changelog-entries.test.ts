import type { ComplaintStatus } from '../../../src/domain/complaint';
import { changelogEntries, changelogFieldsOf } from '../../../src/jira/intake/changelog-entries';
import { unboundBinding } from '../../../src/jira/provisioning/project-binding';
import { complaintEventOf } from '../../../src/jira/intake/complaint-event-of';
import { issueEventSchema } from '../../../src/jira/intake/issue-event.schema';
import { T0 } from '../../domain/factories';
import { makeBinding, STATUS_IDS } from '../provisioning/provisioning-fixtures';
import { jiraTime, makeIssue } from './issue-fixtures';

const binding = makeBinding();
const MINUTE = 60_000;
const config = { departments: [] };

interface Change {
  readonly id: string;
  readonly at: number;
  readonly by: string;
  readonly app?: boolean;
  readonly items: readonly { field: string; from: string | null; to: string | null }[];
}

const status = (from: ComplaintStatus | null, to: ComplaintStatus) => ({ field: 'status', from: from === null ? null : STATUS_IDS[from], to: STATUS_IDS[to] });
const assignee = (from: string | null, to: string) => ({ field: 'assignee', from, to });

/** One history as `POST /changelog/bulkfetch` gives it, narrowed to status and assignee. */
const history = ({ id, at, by, app = false, items }: Change) => ({
  id,
  author: { accountId: by, accountType: app ? 'app' : 'atlassian', displayName: by },
  created: jiraTime(at),
  items: items.map((item) => ({ ...item, fieldId: item.field, fieldtype: 'jira', fromString: null, toString: null })),
});

/** The issue event that the same change sends, and what the event path records of it. */
const eventEntries = ({ id, at, by, app = false, items }: Change) => {
  const after = items.find((i) => i.field === 'status')?.to ?? STATUS_IDS.registered;
  const event = issueEventSchema.parse({
    eventType: 'avi:jira:updated:issue',
    issue: { id: '10001', key: 'CMP-1', fields: { project: { key: 'CMP' }, status: { id: after }, updated: jiraTime(at) } },
    atlassianId: by,
    changelog: { id, items: items.map((item) => ({ ...item, fieldId: item.field, fromString: null, toString: null })) },
    selfGenerated: app,
  });
  return complaintEventOf(event, makeIssue(), binding, config, false)?.entries ?? [];
};

// A complaint's life, with its routing assignment by the app and a re-route by a person.
const LIFE: readonly Change[] = [
  { id: '201', at: T0 + MINUTE, by: 'the-app', app: true, items: [assignee(null, 'lead-billing')] },
  { id: '202', at: T0 + 2 * MINUTE, by: 'lead-billing', items: [status('registered', 'in_progress')] },
  { id: '203', at: T0 + 3 * MINUTE, by: 'lead-billing', items: [status('in_progress', 'measures_done')] },
  { id: '204', at: T0 + 4 * MINUTE, by: 'advocate-1', items: [status('measures_done', 'in_progress'), assignee('lead-billing', 'deputy-1')] },
  { id: '205', at: T0 + 5 * MINUTE, by: 'deputy-1', items: [status('in_progress', 'measures_done')] },
  { id: '206', at: T0 + 6 * MINUTE, by: 'advocate-1', items: [status('measures_done', 'closed')] },
  { id: '207', at: T0 + 7 * MINUTE, by: 'manager-1', items: [status('closed', 'in_progress')] },
];

describe("changelogEntries: a complaint's changelog as trail entries", () => {
  it('asks for the Reason too, where the project has one, and gives a return its reason as the event does', () => {
    expect(changelogFieldsOf(binding)).toEqual(['status', 'assignee', binding.fieldIds.reason]);
    expect(changelogFieldsOf(unboundBinding('ELSE'))).toEqual(['status', 'assignee']);
    const reason = { field: 'Reason', fieldId: binding.fieldIds.reason, fieldtype: 'custom', from: null, fromString: null, to: null, toString: 'Still waiting' };
    const returned = { ...history(LIFE[3] as Change), items: [{ ...status('measures_done', 'in_progress'), fieldId: 'status', fieldtype: 'jira', fromString: null, toString: null }, reason] };
    expect(changelogEntries('10001', [returned], binding, 'in_progress')).toEqual([expect.objectContaining({ kind: 'returned', note: 'Still waiting' })]);
    // A history without the text has no reason, never the prototype's toString.
    const bare = { ...returned, items: [returned.items[0], { field: 'Reason', fieldId: binding.fieldIds.reason, from: null, to: null }] };
    expect(changelogEntries('10001', [bare], binding, 'in_progress')[0]).not.toHaveProperty('note');
  });

  it('gives every change the entries, keys and moments its issue event would have recorded', () => {
    expect(changelogEntries('10001', LIFE.map(history), binding, 'in_progress')).toEqual(LIFE.flatMap(eventEntries));
  });

  it('reads the kinds that set off messages: measures done, returned, reopened', () => {
    const entries = changelogEntries('10001', LIFE.map(history), binding, 'in_progress');
    expect(entries.map((e) => `${e.key} ${e.kind} ${e.status}`)).toEqual([
      'changelog:202:status transitioned in_progress',
      'changelog:203:status transitioned measures_done',
      'changelog:204:status returned in_progress',
      'changelog:204:assignee rerouted in_progress',
      'changelog:205:status transitioned measures_done',
      'changelog:206:status closed closed',
      'changelog:207:status reopened in_progress',
    ]);
  });

  it("takes no app's assignment for a person's re-route", () => {
    expect(changelogEntries('10001', [history(LIFE[0] as Change)], binding, 'registered')).toEqual([]);
  });

  it('orders the histories by time, then id, whatever order Jira pages them in', () => {
    const shuffled = [LIFE[3], LIFE[0], LIFE[6], LIFE[1], LIFE[5], LIFE[2], LIFE[4]].map((c) => history(c as Change));
    expect(changelogEntries('10001', shuffled, binding, 'in_progress')).toEqual(changelogEntries('10001', LIFE.map(history), binding, 'in_progress'));
    const sameMoment = [history({ ...(LIFE[2] as Change), id: '9', at: T0 }), history({ ...(LIFE[1] as Change), id: '8', at: T0 })];
    expect(changelogEntries('10001', sameMoment, binding, 'in_progress').map((e) => e.key)).toEqual(['changelog:8:status', 'changelog:9:status']);
  });

  it("places a re-route before any status change in the status the complaint had, and one with none in today's", () => {
    const before = [history({ id: '1', at: T0, by: 'lead-billing', items: [assignee('lead-billing', 'deputy-1')] }), history(LIFE[1] as Change)];
    expect(changelogEntries('10001', before, binding, 'measures_done')[0]).toMatchObject({ kind: 'rerouted', status: 'registered' });
    expect(changelogEntries('10001', [before[0]], binding, 'measures_done')[0]).toMatchObject({ kind: 'rerouted', status: 'measures_done' });
  });

  it('reads a time as jira.js hands it over (a Date), and skips a history it cannot read', () => {
    const asDate = { ...history(LIFE[1] as Change), created: new Date(T0 + 2 * MINUTE) };
    expect(changelogEntries('10001', [asDate, { id: '3', created: 'not a time', items: [] }, null, { id: '4' }], binding, 'in_progress')).toEqual(eventEntries(LIFE[1] as Change));
  });
});
