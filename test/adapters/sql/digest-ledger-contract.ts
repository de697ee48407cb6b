import type { DigestLedger } from '../../../src/ports/digest-ledger.port';
import type { Store } from '../../../src/ports/store.port';

/** A fresh, empty database with the store (to migrate it) and two ledgers over it, as two invocations see it. */
export interface DigestLedgerHarness {
  readonly store: Store;
  readonly ledger: DigestLedger;
  readonly twin: () => DigestLedger;
}

const MONDAY = Date.UTC(2026, 2, 2, 9);
const TUESDAY = MONDAY + 24 * 3_600_000;

/** The digest ledger's contract, run on each SQL engine. */
export const describeDigestLedgerContract = (engine: string, open: () => DigestLedgerHarness): void => {
  describe(`digest ledger on ${engine}`, () => {
    let harness: DigestLedgerHarness;
    beforeEach(async () => {
      harness = open();
      await harness.store.migrate();
    });

    it('knows no day before the first mark, then the day marked', async () => {
      expect(await harness.ledger.digestedDay()).toBeNull();
      await harness.ledger.markDigested(MONDAY);
      expect(await harness.twin().digestedDay()).toBe(MONDAY);
    });

    it('only moves forward, also when two invocations mark at once', async () => {
      await Promise.all([harness.ledger.markDigested(TUESDAY), harness.twin().markDigested(MONDAY)]);
      expect(await harness.ledger.digestedDay()).toBe(TUESDAY);
      await harness.twin().markDigested(MONDAY);
      expect(await harness.ledger.digestedDay()).toBe(TUESDAY);
    });
  });
};
