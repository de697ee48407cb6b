import { featureSet, textFeatures } from '../../../src/domain/triage/text-features';
import { EMPTY_COUNTS, withExample } from '../../../src/domain/triage/triage-counts';
import { HISTORY, learnAll } from './triage-corpus';

const features = featureSet(textFeatures('The courier lost my parcel'));

describe('withExample', () => {
  it("learns a label's examples, feature occurrences and each feature's examples", () => {
    const counts = withExample(withExample(EMPTY_COUNTS, features, 'delivery', 1), features.slice(0, 3), 'delivery', 1);
    expect(counts.labels.get('delivery')).toEqual({ docs: 2, terms: features.length + 3 });
    expect(counts.terms.get(features[0] ?? -1)).toEqual(new Map([['delivery', 2]]));
    expect(counts.terms.get(features.at(-1) ?? -1)).toEqual(new Map([['delivery', 1]]));
  });

  it('counts a feature once per example (presence)', () => {
    const counts = withExample(EMPTY_COUNTS, [7, 7, 9], 'billing', 1);
    expect(counts.labels.get('billing')).toEqual({ docs: 1, terms: 2 });
    expect(counts.terms.get(7)?.get('billing')).toBe(1);
  });

  it('forgets an example without a trace: learning A, forgetting A and learning B equals learning B', () => {
    const learnedB = learnAll(HISTORY.map((e) => ({ ...e, label: 'B' })).slice(0, 1), learnAll(HISTORY.slice(1)));
    const [first] = HISTORY;
    const asA = withExample(learnAll(HISTORY.slice(1)), featureSet(textFeatures(first?.text ?? '')), 'A', 1);
    const reRouted = withExample(withExample(asA, featureSet(textFeatures(first?.text ?? '')), 'A', -1), featureSet(textFeatures(first?.text ?? '')), 'B', 1);
    expect(reRouted).toEqual(learnedB);
    expect(reRouted.labels.has('A')).toBe(false);
  });

  it('leaves the counts it was given unchanged', () => {
    const before = withExample(EMPTY_COUNTS, features, 'delivery', 1);
    withExample(before, features, 'delivery', -1);
    expect(before.labels.get('delivery')?.docs).toBe(1);
    expect(EMPTY_COUNTS.labels.size).toBe(0);
  });
});
