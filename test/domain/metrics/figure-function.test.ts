import { figureArguments, figureFragment, inFigure, MAX_LISTED_ISSUES, parseFigureCall, type FigureCall } from '../../../src/domain/metrics/figure-function';
import { TRIAGE } from '../../../src/domain/metrics/metrics-query';
import { CA_ONLY, DATASET, MARCH, NOW } from './metrics-dataset';

const keys = (call: FigureCall): string[] => inFigure(call, DATASET).map((c) => c.issueKey);

describe('parseFigureCall', () => {
  it('reads the figure, the instant, the projects and the departments', () => {
    expect(parseFigureCall(['overdue', '2024-04-02T12:00:00.000Z', 'CA, OTHER', `support,${TRIAGE}`])).toEqual({
      figure: 'overdue',
      at: NOW,
      filter: { projectKeys: ['CA', 'OTHER'], departmentIds: ['support', TRIAGE] },
    });
  });

  it('takes no departments as every department, with or without the fourth argument', () => {
    expect(parseFigureCall(['escalated', '2024-04-02T12:00Z', 'CA'])).toEqual({ figure: 'escalated', at: NOW, filter: CA_ONLY });
    expect(parseFigureCall(['escalated', '2024-04-02T12:00Z', 'CA', ''])).toEqual({ figure: 'escalated', at: NOW, filter: CA_ONLY });
  });

  it('reads a period figure’s ISO 8601 interval, half-open like every period of the dashboard', () => {
    expect(parseFigureCall(['firstAction', '2024-03-01T00:00:00.000Z/2024-03-31T23:00:00.000Z', 'CA'])).toEqual({ figure: 'firstAction', period: MARCH, filter: CA_ONLY });
  });

  it.each<FigureCall>([
    { figure: 'overdue', at: NOW, filter: { projectKeys: ['CA', 'OTHER'], departmentIds: ['support', TRIAGE] } },
    { figure: 'firstAction', period: MARCH, filter: CA_ONLY },
  ])('reads back the arguments that figureArguments writes for $figure', (call) => {
    expect(parseFigureCall(figureArguments(call))).toEqual(call);
  });

  it.each([
    { args: ['overdue', '2024-04-02T12:00Z'], error: /takes 3 or 4 arguments/ },
    { args: ['overdue', '2024-04-02T12:00Z', 'CA', '', 'x'], error: /takes 3 or 4 arguments/ },
    { args: ['late', '2024-04-02T12:00Z', 'CA'], error: /Unknown figure "late"/ },
    // Without a zone the instant would depend on where it is read.
    { args: ['overdue', '2024-04-02T12:00', 'CA'], error: /not an ISO instant/ },
    { args: ['overdue', '2024-13-45T12:00Z', 'CA'], error: /not an ISO instant/ },
    { args: ['overdue', '2024-04-02T12:00Z', ' , '], error: /at least one project/ },
    { args: ['overdue', '2024-03-01T00:00Z/2024-04-01T00:00Z', 'CA'], error: /not an ISO instant/ },
    { args: ['firstAction', '2024-04-02T12:00Z', 'CA'], error: /not a period/ },
    { args: ['firstAction', '2024-04-01T00:00Z/2024-03-01T00:00Z', 'CA'], error: /not a period/ },
    { args: ['firstAction', '2024-03-01T00:00Z/2024-04-01T00:00Z/2024-05-01T00:00Z', 'CA'], error: /not a period/ },
  ])('refuses $args with a message for the JQL editor', ({ args, error }) => {
    const parsed = parseFigureCall(args);
    expect('error' in parsed && parsed.error).toMatch(error);
  });
});

describe('inFigure', () => {
  it('lists the open complaints whose step was due before the moment: CA-7 (due 25 March)', () => {
    // CA-9 is due exactly at NOW, so still on time; closed CA-4's stale due date does not count.
    expect(keys({ figure: 'overdue', at: NOW, filter: CA_ONLY })).toEqual(['CA-7']);
  });

  it('lists the open escalated complaints: CA-7 and CA-9, not closed CA-3 with its stale level', () => {
    expect(keys({ figure: 'escalated', at: NOW, filter: CA_ONLY })).toEqual(['CA-7', 'CA-9']);
  });

  it('lists the complaints whose work started in the period, open or closed: what time to first action is over', () => {
    // First actions in March: CA-1 … CA-4 and CA-7, CA-9, CA-11; CA-10's was in February; CA-5, CA-6 (duplicate), CA-8 had none.
    expect(keys({ figure: 'firstAction', period: MARCH, filter: CA_ONLY })).toEqual(['CA-1', 'CA-2', 'CA-3', 'CA-4', 'CA-7', 'CA-9', 'CA-11']);
  });

  it('keeps to the departments asked for, triage included', () => {
    expect(keys({ figure: 'escalated', at: NOW, filter: { projectKeys: ['CA'], departmentIds: [TRIAGE] } })).toEqual(['CA-9']);
  });
});

describe('figureFragment', () => {
  it('lists the ids for "in" and "not in"', () => {
    expect(figureFragment(['10001', '10002'], 'in')).toEqual({ jql: 'issue in (10001, 10002)' });
    expect(figureFragment(['10001'], 'not in')).toEqual({ jql: 'issue not in (10001)' });
  });

  it('answers an empty figure with a clause that never matches, or always does for "not in"', () => {
    expect(figureFragment([], 'in')).toEqual({ jql: 'project is EMPTY' });
    expect(figureFragment([], 'not in')).toEqual({ jql: 'project is not EMPTY' });
  });

  it('lists exactly the cap, and refuses one more rather than give a wrong list', () => {
    const ids = Array.from({ length: MAX_LISTED_ISSUES + 1 }, (_, i) => String(10_000 + i));
    expect(figureFragment(ids.slice(0, MAX_LISTED_ISSUES), 'in')).toHaveProperty('jql');
    expect(figureFragment(ids, 'in')).toEqual({ error: expect.stringMatching(/more than 1000 complaints/) as unknown });
  });
});
