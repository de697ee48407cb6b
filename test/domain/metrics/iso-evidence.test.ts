import { isoEvidence } from '../../../src/domain/metrics/iso-evidence';
import { MARCH, MEASURES, SELECTED } from './metrics-dataset';

describe('isoEvidence', () => {
  it('measures the evidence of March against an acknowledgement target of 1 day', () => {
    // Started in March, in days: CA-1 1, CA-2 0.5, CA-3 2, CA-4 3, CA-7 1, CA-9 1, CA-11 1: 5 of 7 within 1.
    // Closed in March with a deadline of 10 days (CA-10, registered in February, has none):
    // CA-1 4, CA-2 7, CA-3 10 (on the deadline), CA-4 15, CA-5 1: 4 of 5.
    // Closed as done in March: CA-1, 2, 3, 4, 10, all rated; measures on CA-1, 2, 10 (CA-3's is empty).
    expect(isoEvidence(SELECTED, MARCH, 1, MEASURES)).toEqual({
      acknowledgedWithinTarget: { count: 7, met: 5, share: 5 / 7 },
      respondedWithinTarget: { count: 5, met: 4, share: 0.8 },
      satisfactionAfterClosure: { count: 5, met: 5, share: 1 },
      improvementsRecorded: { count: 5, met: 3, share: 0.6 },
    });
  });

  it('counts a rating as missing where the call was not recorded', () => {
    const unrated = SELECTED.map((c) => (c.issueKey === 'CA-4' ? { ...c, satisfaction: null } : c));
    expect(isoEvidence(unrated, MARCH, 1, MEASURES).satisfactionAfterClosure).toEqual({ count: 5, met: 4, share: 0.8 });
  });

  it('moves with the target, and has nothing to measure without a deadline', () => {
    const evidence = isoEvidence(SELECTED, MARCH, 2, { ...MEASURES, responseDueAt: () => null });
    expect(evidence.acknowledgedWithinTarget.met).toBe(6); // CA-3's 2 days now count
    expect(evidence.respondedWithinTarget).toEqual({ count: 0, met: 0, share: null });
  });
});
