import { summariesById, summaryOf } from '../../../src/jira/intake/issue-summary';
import { makeIssue } from './issue-fixtures';

describe('issue summaries', () => {
  it('reads one issue’s summary, and none of no issue', () => {
    expect([summaryOf(makeIssue()), summaryOf(null), summaryOf({ fields: {} })]).toEqual(['Charged twice for March', null, null]);
  });

  it('reads a search’s summaries by issue id, leaving out an issue without one', () => {
    const found = [makeIssue(), makeIssue({ id: '10002', fields: { summary: 'Rude courier' } }), { id: '10003', fields: {} }, 'not an issue'];
    expect(summariesById(found)).toEqual(new Map([['10001', 'Charged twice for March'], ['10002', 'Rude courier']]));
  });
});
