import type { Complaint } from '../../../src/domain/complaint';
import { canConfirmOutcome, customerAnswerKey, customerAnswerOf, mayConfirmOutcome } from '../../../src/domain/portal/customer-outcome';
import { makeTrailEntry, T0 } from '../factories';

const HOUR = 60 * 60_000;
type Row = Pick<Complaint, 'status' | 'resolution' | 'statusChangedAt'> & { readonly dueAt: number | null };
const row = (overrides: Partial<Row> = {}): Row => ({ status: 'closed', resolution: 'done', statusChangedAt: T0, dueAt: null, ...overrides });

describe('mayConfirmOutcome', () => {
  it.each([
    ['registered', row({ status: 'registered', resolution: null }), false],
    ['in progress', row({ status: 'in_progress', resolution: null }), false],
    ['measures done (instead of the call)', row({ status: 'measures_done', resolution: null }), true],
    ['closed as done (after the call)', row(), true],
    ['withdrawn', row({ resolution: 'withdrawn' }), false],
    ['closed as a duplicate', row({ resolution: 'duplicate' }), false],
  ] as const)('%s: %s', (_status, r, allowed) => {
    expect(mayConfirmOutcome(r)).toBe(allowed);
  });
});

describe('the customer’s answer in a stage', () => {
  const answered = makeTrailEntry({ kind: 'customer_confirmed', at: T0 + HOUR, status: 'closed', satisfaction: 5, consideredResolved: true });

  it('is read back from the trail, and closes the stage to a second answer', () => {
    expect(customerAnswerOf(row(), [answered])).toEqual({ satisfaction: 5, resolved: true, at: T0 + HOUR });
    expect(canConfirmOutcome(row(), [answered])).toBe(false);
    expect(canConfirmOutcome(row(), [])).toBe(true);
  });

  it('reads "not resolved" without a rating', () => {
    const notResolved = makeTrailEntry({ kind: 'customer_confirmed', at: T0 + HOUR, status: 'closed', consideredResolved: false, note: 'Still broken' });
    expect(customerAnswerOf(row(), [notResolved])).toEqual({ satisfaction: null, resolved: false, at: T0 + HOUR });
  });

  it('belongs to its stage: after a reopen and a new close the customer may answer again', () => {
    const closedAgain = row({ statusChangedAt: T0 + 10 * HOUR });
    expect(customerAnswerOf(closedAgain, [answered])).toBeNull();
    expect(canConfirmOutcome(closedAgain, [answered])).toBe(true);
    expect(customerAnswerKey(closedAgain)).not.toBe(customerAnswerKey(row()));
  });

  it('never lets a withdrawn complaint be answered', () => {
    expect(canConfirmOutcome(row({ resolution: 'withdrawn' }), [])).toBe(false);
  });
});
