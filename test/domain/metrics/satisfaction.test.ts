import { satisfactionFigures } from '../../../src/domain/metrics/satisfaction';
import { at, MARCH, makeRecord, SELECTED } from './metrics-dataset';

const closedInMarch = at('2024-03-15T09:00:00Z');

describe('satisfactionFigures', () => {
  it('summarizes the complaints closed as done in the period', () => {
    // closed done in March: CA-1 5 y, CA-2 4 y, CA-3 2 n, CA-4 3 y, CA-10 5 y
    // (CA-5 is withdrawn, CA-11 closed in April)
    expect(satisfactionFigures(SELECTED, MARCH)).toEqual({
      count: 5,
      average: 3.8, // (5 + 4 + 2 + 3 + 5) / 5 = 19 / 5
      distribution: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 2 },
      shareFourOrFive: 0.6, // (CA-1, CA-2, CA-10) 3 / 5
      shareConsideredResolved: 0.8, // 4 yes of 5
    });
  });

  it('is empty with nulls for no complaints', () => {
    expect(satisfactionFigures([], MARCH)).toEqual({
      count: 0,
      average: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      shareFourOrFive: null,
      shareConsideredResolved: null,
    });
  });

  it('leaves out withdrawn complaints and unanswered questions', () => {
    const closed = { status: 'closed', closedAt: closedInMarch } as const;
    const records = [
      makeRecord({ ...closed, resolution: 'withdrawn', satisfaction: 1, consideredResolved: false }),
      makeRecord({ ...closed, resolution: 'done', satisfaction: 4, consideredResolved: null }),
      makeRecord({ ...closed, resolution: 'done', satisfaction: null, consideredResolved: true }),
    ];
    // scores: only the 4; answers: only the one "yes"
    expect(satisfactionFigures(records, MARCH)).toEqual({
      count: 1,
      average: 4,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 },
      shareFourOrFive: 1,
      shareConsideredResolved: 1,
    });
  });
});
