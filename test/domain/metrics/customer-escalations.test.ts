import { escalatedByCustomers } from '../../../src/domain/metrics/customer-escalations';

const DAY = 86_400_000;
const period = { from: 10 * DAY, to: 20 * DAY };

describe('escalatedByCustomers', () => {
  it('counts each complaint in view once, by its escalations inside the half-open period', () => {
    const inView = [{ issueId: 'a' }, { issueId: 'b' }, { issueId: 'c' }, { issueId: 'd' }];
    const escalations = [
      // a: twice in the period (two stages), counted once
      { issueId: 'a', at: 11 * DAY },
      { issueId: 'a', at: 15 * DAY },
      // b: at the period's start, which is in it
      { issueId: 'b', at: 10 * DAY },
      // c: at the period's end, which is not; and before it
      { issueId: 'c', at: 20 * DAY },
      { issueId: 'c', at: 9 * DAY },
      // e: in the period, but not in view (another department, or a closed duplicate)
      { issueId: 'e', at: 12 * DAY },
    ];
    // By hand: a and b; not c (outside), d (none), e (not in view).
    expect(escalatedByCustomers(inView, escalations, period)).toBe(2);
  });

  it('is 0 without escalations', () => {
    expect(escalatedByCustomers([{ issueId: 'a' }], [], period)).toBe(0);
  });
});
