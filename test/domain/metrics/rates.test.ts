import { followedUpKeys, rateFigures } from '../../../src/domain/metrics/rates';
import { DATASET, MARCH, makeRecord, SELECTED } from './metrics-dataset';

describe('rateFigures', () => {
  it('divides by the complaints closed in the period', () => {
    // closed in March: CA-1, CA-2, CA-3, CA-4, CA-5, CA-10 = 6
    expect(rateFigures(SELECTED, MARCH, followedUpKeys(DATASET))).toEqual({
      closed: 6,
      returnRate: 0.5, // returns: CA-2 1 + CA-3 2 = 3; 3 / 6
      reopenRate: 2 / 6, // reopens: CA-3 1 + CA-10 1 = 2
      followUpRate: 1 / 6, // CA-7 follows up CA-1
    });
  });

  it('is null with nothing closed', () => {
    expect(rateFigures([], MARCH, new Set())).toEqual({
      closed: 0,
      returnRate: null,
      reopenRate: null,
      followUpRate: null,
    });
  });

  it('counts a closed complaint once however many follow-ups it has', () => {
    const first = makeRecord({ issueKey: 'CA-1', status: 'closed', resolution: 'done', closedAt: MARCH.from });
    const followUps = [makeRecord({ followUpOf: 'CA-1' }), makeRecord({ followUpOf: 'CA-1' })];
    expect(rateFigures([first], MARCH, followedUpKeys(followUps)).followUpRate).toBe(1);
  });
});

describe('followedUpKeys', () => {
  it('collects the keys that some complaint follows up', () => {
    const records = [makeRecord({ followUpOf: 'CA-1' }), makeRecord({ followUpOf: 'CA-4' }), makeRecord({})];
    expect([...followedUpKeys(records)]).toEqual(['CA-1', 'CA-4']);
  });
});
