import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { EMPTY_COUNTS, withExample, type TriageCounts } from '../../../src/domain/triage/triage-counts';
import type { StoredSuggestion } from '../../../src/domain/triage/triage-example';
import type { Store } from '../../../src/ports/store.port';
import type { TriageModelStore } from '../../../src/ports/triage-model.port';
import { T0 } from '../../domain/factories';

export interface TriageModelHarness {
  readonly store: Store;
  readonly model: TriageModelStore;
  readonly twin: () => TriageModelStore;
  readonly db: Kysely<StoreDatabase>;
}

const SUGGESTION: StoredSuggestion = {
  departmentId: 'billing',
  confidence: 0.82,
  category: { key: 'service:refunds', name: 'Refunds', confidence: 0.6 },
  words: ['charged', 'refund'],
  examples: 42,
  source: 'local',
};

const A = [3, 17, 1_048_575];
const B = [17, 99];

/** Plain maps of what the store answers, for comparison with the in-memory model's. */
const plain = (counts: TriageCounts, features: readonly number[]) => ({
  labels: Object.fromEntries([...counts.labels].sort()),
  terms: Object.fromEntries(features.map((f) => [f, Object.fromEntries([...(counts.terms.get(f) ?? new Map<string, number>())].sort())])),
});

/** The behaviour every engine behind the TriageModelStore port must show; `open` gives a fresh database each test. */
export const describeTriageModelContract = (engine: string, open: () => TriageModelHarness): void => {
  describe(`TriageModelStore contract on ${engine}`, () => {
    let h: TriageModelHarness;
    beforeEach(async () => {
      h = open();
      await h.store.migrate();
    });
    const keep = (issueId: string, features: readonly number[], suggestion: StoredSuggestion | null = null) =>
      h.model.keepExample({ issueId, features, suggestion, createdAt: T0 });

    it('keeps an example once, with its features and suggestion, unlearned', async () => {
      expect(await keep('1', A, SUGGESTION)).toBe(true);
      expect(await keep('1', B)).toBe(false);
      expect(await h.model.exampleOf('1')).toEqual({ issueId: '1', features: A, suggestion: SUGGESTION, department: null, category: null, createdAt: T0 });
      expect(await h.model.exampleOf('2')).toBeNull();
    });

    it('learns examples under their labels, as the in-memory model counts them', async () => {
      await keep('1', A);
      await keep('2', B);
      await keep('3', A);
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' })).toBe(true);
      expect(await h.model.relabel({ issueId: '2', dimension: 'department', from: null, to: 'delivery' })).toBe(true);
      expect(await h.model.relabel({ issueId: '3', dimension: 'department', from: null, to: 'billing' })).toBe(true);
      let expected = withExample(EMPTY_COUNTS, A, 'billing', 1);
      expected = withExample(expected, B, 'delivery', 1);
      expected = withExample(expected, A, 'billing', 1);
      const features = [3, 17, 99, 1_048_575];
      expect(plain(await h.model.countsFor('department', features), features)).toEqual(plain(expected, features));
      expect((await h.model.countsFor('category', features)).labels.size).toBe(0);
    });

    it('forgets a re-routed example under its old label and learns it under the new one', async () => {
      await keep('1', A);
      await keep('2', B);
      await h.model.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' });
      await h.model.relabel({ issueId: '2', dimension: 'department', from: null, to: 'delivery' });
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: 'billing', to: 'delivery' })).toBe(true);
      const expected = withExample(withExample(EMPTY_COUNTS, B, 'delivery', 1), A, 'delivery', 1);
      const features = [3, 17, 99, 1_048_575];
      expect(plain(await h.model.countsFor('department', features), features)).toEqual(plain(expected, features));
      // Nothing of Billing counts any more: its rows are at zero, and no read sees them.
      expect(await h.db.selectFrom('triage_term').select('n').where('label', '=', 'd:billing').where('n', '>', 0).execute()).toEqual([]);
      expect(await h.db.selectFrom('triage_label').select('docs').where('label', '=', 'd:billing').executeTakeFirst()).toEqual({ docs: 0 });
      expect((await h.model.countsFor('department', A)).labels.has('billing')).toBe(false);
      // Learning it again counts from the zero rows, as if new.
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: 'delivery', to: 'billing' })).toBe(true);
      expect((await h.model.countsFor('department', A)).labels.get('billing')).toEqual({ docs: 1, terms: 3 });
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: 'billing', to: 'delivery' })).toBe(true);
      expect((await h.model.exampleOf('1'))?.department).toBe('delivery');
    });

    it('moves an example only from the label it has: a second writer with a stale label changes nothing', async () => {
      await keep('1', A);
      const twin = h.twin();
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' })).toBe(true);
      expect(await twin.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' })).toBe(false);
      expect(await twin.relabel({ issueId: '1', dimension: 'department', from: null, to: 'delivery' })).toBe(false);
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: 'billing', to: 'billing' })).toBe(false);
      expect(await h.model.relabel({ issueId: 'gone', dimension: 'department', from: null, to: 'billing' })).toBe(false);
      const counts = await h.model.countsFor('department', A);
      expect(counts.labels.get('billing')).toEqual({ docs: 1, terms: 3 });
      expect(counts.labels.has('delivery')).toBe(false);
    });

    it('keeps the departments and categories apart, with the name a category was first learned under', async () => {
      await keep('1', A);
      await keep('2', A);
      await h.model.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' });
      await h.model.relabel({ issueId: '1', dimension: 'category', from: null, to: 'service:refunds', name: 'Refunds' });
      await h.model.relabel({ issueId: '2', dimension: 'category', from: null, to: 'service:refunds', name: 'REFUNDS' });
      expect([...(await h.model.countsFor('category', A)).labels]).toEqual([['service:refunds', { docs: 2, terms: 6 }]]);
      expect([...(await h.model.countsFor('department', A)).labels]).toEqual([['billing', { docs: 1, terms: 3 }]]);
      expect([...(await h.model.namesOf('category', ['service:refunds', 'service:none']))]).toEqual([['service:refunds', 'Refunds']]);
      expect((await h.model.namesOf('category', [])).size).toBe(0);
    });

    it('drops an example and keeps what it taught', async () => {
      await keep('1', A);
      await h.model.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' });
      await h.model.dropExample('1');
      expect(await h.model.exampleOf('1')).toBeNull();
      expect((await h.model.countsFor('department', A)).labels.get('billing')).toEqual({ docs: 1, terms: 3 });
      expect(await h.model.relabel({ issueId: '1', dimension: 'department', from: 'billing', to: 'delivery' })).toBe(false);
    });

    it('reads a suggestion it cannot parse as none, and refuses features wider than the column', async () => {
      await h.db.insertInto('triage_example').values({ issue_id: '9', features: '', suggestion: '{"v":2}', department: null, category: null, created_at: T0 }).execute();
      expect(await h.model.exampleOf('9')).toMatchObject({ features: [], suggestion: null });
      const refusal = await keep('10', Array.from({ length: 200 }, (_, i) => 1_000_000 + i)).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ code: 'STORE_ERROR' });
      expect(String((refusal as { cause?: unknown }).cause)).toMatch(/more than 400/);
      expect(await h.model.exampleOf('10')).toBeNull();
    });

    it('answers counts for no features with the labels alone', async () => {
      await keep('1', A);
      await h.model.relabel({ issueId: '1', dimension: 'department', from: null, to: 'billing' });
      const counts = await h.model.countsFor('department', []);
      expect(counts.terms.size).toBe(0);
      expect(counts.labels.get('billing')?.docs).toBe(1);
    });
  });
};
