import type { FigureCall } from '../../../src/domain/metrics/figure-function';
import { figureFunction } from '../../../src/handlers/jql/complaint-figure';
import type { FigureIssuesSource } from '../../../src/ports/figure-issues.port';

/** The index as a list of ids per figure, recording what it was asked. */
const indexOf = (ids: readonly string[]) => {
  const asked: { call: FigureCall; limit: number }[] = [];
  const source: FigureIssuesSource = {
    figureIssueIds: (call, limit) => {
      asked.push({ call, limit });
      return Promise.resolve(ids.slice(0, limit));
    },
  };
  return { asked, source: () => Promise.resolve(source) };
};

// The shape Jira sends (developer.atlassian.com, "Custom JQL functions").
const jiraCall = (operator: string, args: string[]) => ({
  precomputationId: 'b7e0b7a4-4f4c-4bd1-9d8f-2f0a4c1d3e55',
  clause: { field: 'issue', type: ['issue'], operator, functionName: 'complaintFigure', arguments: args },
});

describe('the complaintFigure JQL function', () => {
  it('answers the ids of the figure, asking the index for one past the cap', async () => {
    const index = indexOf(['10010', '10012']);
    await expect(figureFunction(index.source)(jiraCall('in', ['overdue', '2026-12-05T16:00:00.000Z', 'CA', 'support']))).resolves.toEqual({
      jql: 'issue in (10010, 10012)',
    });
    expect(index.asked).toEqual([
      { call: { figure: 'overdue', at: Date.parse('2026-12-05T16:00:00Z'), filter: { projectKeys: ['CA'], departmentIds: ['support'] } }, limit: 1001 },
    ]);
  });

  it('refuses more than the cap with a message, not a partial list', async () => {
    const index = indexOf(Array.from({ length: 1001 }, (_, i) => String(i)));
    await expect(figureFunction(index.source)(jiraCall('not in', ['escalated', '2026-12-05T16:00Z', 'CA']))).resolves.toEqual({
      error: expect.stringMatching(/more than 1000/) as unknown,
    });
  });

  it('answers wrong arguments without asking the index', async () => {
    const index = indexOf([]);
    await expect(figureFunction(index.source)(jiraCall('in', ['soon', '2026-12-05T16:00Z', 'CA']))).resolves.toEqual({ error: expect.stringMatching(/Unknown figure/) as unknown });
    expect(index.asked).toEqual([]);
  });

  it('refuses an operator it does not declare', async () => {
    await expect(figureFunction(indexOf([]).source)(jiraCall('=', ['overdue', '2026-12-05T16:00Z', 'CA']))).resolves.toEqual({
      error: expect.stringMatching(/"issue in" and "issue not in" only/) as unknown,
    });
  });

  it('turns a failing index into a short message for the JQL editor', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = () => Promise.reject(new Error('database down'));
    await expect(figureFunction(failing)(jiraCall('in', ['overdue', '2026-12-05T16:00Z', 'CA']))).resolves.toEqual({ error: expect.stringMatching(/could not list/) as unknown });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
