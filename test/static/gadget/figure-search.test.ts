import { parseFigureCall } from '../../../src/domain/metrics/figure-function';
import { figureJql, issueSearchPath, jqlDate, type SearchScope } from '../../../static/gadget/figure-search';

const SCOPE: SearchScope = {
  projects: ['CA', 'HELP'],
  departments: [],
  departmentNames: { billing: 'Billing', support: 'Support "North"' },
  ids: { issueTypeId: '10010', statusIds: { registered: '1', in_progress: '3', measures_done: '10002', closed: '6' }, departmentFieldId: 'customfield_10050' },
  timeZone: 'Europe/London',
};
const BASE = 'project in ("CA", "HELP") AND issuetype = 10010';
// 1 March 2024 00:00 and 1 April 2024 00:00 in London (GMT, then BST from 31 March).
const MARCH = { from: Date.parse('2024-03-01T00:00:00Z'), to: Date.parse('2024-03-31T23:00:00Z') };

describe('jqlDate', () => {
  it.each([
    ['Europe/London', '"2024-03-01 00:00"'],
    ['Europe/Kyiv', '"2024-03-01 02:00"'],
    ['America/New_York', '"2024-02-29 19:00"'],
  ])('writes the moment to the minute in the searcher’s zone %s', (zone, expected) => {
    expect(jqlDate(MARCH.from, zone)).toBe(expected);
  });

  it('writes midnight as 00, not 24', () => {
    expect(jqlDate(MARCH.to, 'Europe/London')).toBe('"2024-04-01 00:00"');
  });
});

describe('figureJql', () => {
  it.each([
    ['open complaints', { kind: 'open' as const }, `${BASE} AND status in (1, 3, 10002)`],
    ['open in one status', { kind: 'open' as const, status: 'measures_done' as const }, `${BASE} AND status = 10002`],
    [
      'registered in the period, closed duplicates left out',
      { kind: 'registered' as const, ...MARCH },
      `${BASE} AND created >= "2024-03-01 00:00" AND created < "2024-04-01 00:00" AND NOT resolution = Duplicate`,
    ],
    [
      'closed in the period',
      { kind: 'closed' as const, ...MARCH },
      `${BASE} AND status = 6 AND NOT resolution = Duplicate AND resolved >= "2024-03-01 00:00" AND resolved < "2024-04-01 00:00"`,
    ],
    [
      'closed as done, for satisfaction',
      { kind: 'closed' as const, ...MARCH, done: true },
      `${BASE} AND status = 6 AND resolution = Done AND resolved >= "2024-03-01 00:00" AND resolved < "2024-04-01 00:00"`,
    ],
  ])('%s', (_name, search, expected) => {
    expect(figureJql(SCOPE, search)).toBe(expected);
  });

  it('narrows to the configured departments by the Department field’s option names, triage as an empty field', () => {
    const scope = { ...SCOPE, departments: ['billing', 'support', 'triage'] };
    expect(figureJql(scope, { kind: 'open', status: 'registered' })).toBe(
      `${BASE} AND (cf[10050] in ("Billing", "Support \\"North\\"") OR cf[10050] is EMPTY) AND status = 1`,
    );
    expect(figureJql({ ...SCOPE, departments: ['triage'] }, { kind: 'open', status: 'registered' })).toBe(`${BASE} AND cf[10050] is EMPTY AND status = 1`);
  });

  it('takes the figure’s own department over the configured ones, and an unnamed one by its id', () => {
    const scope = { ...SCOPE, departments: ['billing'] };
    expect(figureJql(scope, { kind: 'open', department: 'support' })).toBe(`${BASE} AND cf[10050] in ("Support \\"North\\"") AND status in (1, 3, 10002)`);
    expect(figureJql(scope, { kind: 'open', department: 'gone' })).toBe(`${BASE} AND cf[10050] in ("gone") AND status in (1, 3, 10002)`);
  });
});

describe('figureJql of a figure plain JQL cannot express', () => {
  it('calls complaintFigure with the figure, the view’s instant, the projects and the departments', () => {
    const at = Date.parse('2024-04-02T12:00:00Z');
    expect(figureJql({ ...SCOPE, departments: ['billing', 'triage'] }, { kind: 'listed', figure: 'overdue', at })).toBe(
      'issue in complaintFigure("overdue", "2024-04-02T12:00:00.000Z", "CA,HELP", "billing,triage")',
    );
    expect(figureJql(SCOPE, { kind: 'listed', figure: 'escalated', at })).toBe('issue in complaintFigure("escalated", "2024-04-02T12:00:00.000Z", "CA,HELP", "")');
  });

  it('gives a period figure its period as an ISO 8601 interval', () => {
    expect(figureJql(SCOPE, { kind: 'listed', figure: 'firstAction', period: MARCH })).toBe(
      'issue in complaintFigure("firstAction", "2024-03-01T00:00:00.000Z/2024-03-31T23:00:00.000Z", "CA,HELP", "")',
    );
  });

  it('writes arguments the function itself reads back as the same figure', () => {
    const at = Date.parse('2024-04-02T12:00:00Z');
    const args = [...figureJql(SCOPE, { kind: 'listed', figure: 'overdue', at }).matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(parseFigureCall(args)).toEqual({ figure: 'overdue', at, filter: { projectKeys: ['CA', 'HELP'], departmentIds: [] } });
  });
});

describe('issueSearchPath', () => {
  it('is Jira’s issue navigator with the JQL encoded', () => {
    expect(issueSearchPath('project = "CA" AND status = 1')).toBe('/issues/?jql=project%20%3D%20%22CA%22%20AND%20status%20%3D%201');
  });
});
