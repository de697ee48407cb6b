import { MIN_EXAMPLES, suggestLabel } from '../../../src/domain/triage/suggest-label';
import { featureSet, textFeatures } from '../../../src/domain/triage/text-features';
import { EMPTY_COUNTS, withExample } from '../../../src/domain/triage/triage-counts';
import { HISTORY, learnAll } from './triage-corpus';

const counts = learnAll(HISTORY);
const suggest = (text: string, c = counts) => suggestLabel(c, textFeatures(text));
const best = (text: string, c = counts): string | undefined => suggest(text, c)?.ranked[0]?.label;

describe('suggestLabel', () => {
  it.each([
    ['en', 'I was charged twice and want a refund', 'billing'],
    ['en', 'The courier never delivered my parcel', 'delivery'],
    ['ru', 'Списали оплату два раза', 'billing'],
    ['ru', 'Где моя посылка? Доставки нет уже неделю', 'delivery'],
    ['uk', 'Гроші списали, а повернення немає', 'billing'],
    ['uk', 'Посилку не доставили', 'delivery'],
  ])('suggests the label learned from past complaints (%s): %s', (_language, text, label) => {
    expect(best(text)).toBe(label);
  });

  it('matches inflected forms it never learned: "списание" from "списали", "доставку" from "доставка", "посилку" from "посилка"', () => {
    const few = learnAll([
      ...Array.from({ length: 10 }, () => ({ label: 'billing', text: 'списали оплата' })),
      ...Array.from({ length: 10 }, () => ({ label: 'delivery', text: 'доставка посилка' })),
    ]);
    expect(best('списание', few)).toBe('billing');
    expect(best('доставку', few)).toBe('delivery');
    expect(best('посилку', few)).toBe('delivery');
  });

  it('ranks every known label, best first, with confidences in [0, 1] that sum to at most 1', () => {
    const suggestion = suggest('Курьер не привез заказ и деньги не вернули');
    const confidences = suggestion?.ranked.map((r) => r.confidence) ?? [];
    expect(suggestion?.ranked.map((r) => r.label).sort()).toEqual(['billing', 'delivery']);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const c of confidences) expect(c >= 0 && c <= 1).toBe(true);
    expect(confidences.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('is more confident of a text full of one label than of a mixed one', () => {
    const clear = suggest('Refund the payment, the card was charged twice, wrong invoice fee')?.ranked[0]?.confidence ?? 0;
    const mixed = suggest('The courier was late and the card was charged')?.ranked[0]?.confidence ?? 1;
    expect(clear).toBeGreaterThan(mixed);
  });

  it("says how many examples the best label learned from", () => {
    expect(suggest('Refund my payment')?.examples).toBe(HISTORY.filter((e) => e.label === 'billing').length);
  });

  describe('explanation', () => {
    const text = 'Hello, the courier lost my parcel yesterday';
    const suggestion = suggest(text);

    it("names words of the text that drove the label, at most five, and not those the model never saw", () => {
      expect(suggestion?.ranked[0]?.label).toBe('delivery');
      expect(suggestion?.words).toEqual(expect.arrayContaining(['courier', 'parcel']));
      expect(suggestion?.words.length).toBeLessThanOrEqual(5);
      for (const word of suggestion?.words ?? []) expect(textFeatures(text).words.map((w) => w.word)).toContain(word);
      expect(suggestion?.words).not.toContain('yesterday');
    });

    it('drives the label: the explaining words alone suggest it', () => {
      expect(best((suggestion?.words ?? []).join(' '))).toBe('delivery');
    });

    it('names no word that pushes towards the runner-up', () => {
      expect(suggest('The courier charged my card twice for a refund')?.words).not.toContain('courier');
    });
  });

  it('flips when a re-routed complaint is forgotten under its old label and learned under its new one', () => {
    const moved = 'The rude operator at the support hotline hung up';
    const asBilling = Array.from({ length: 3 }, () => moved);
    const wrong = asBilling.reduce((c, t) => withExample(c, featureSet(textFeatures(t)), 'billing', 1), counts);
    expect(best(moved, wrong)).toBe('billing');
    const rerouted = asBilling.reduce((c, t) => withExample(withExample(c, featureSet(textFeatures(t)), 'billing', -1), featureSet(textFeatures(t)), 'support', 1), wrong);
    expect(best(moved, rerouted)).toBe('support');
    expect(rerouted).toEqual(asBilling.reduce((c, t) => withExample(c, featureSet(textFeatures(t)), 'support', 1), counts));
  });

  it("ignores a feature's count for a label that has no examples, as a store out of step might give", () => {
    const refund = textFeatures('refund').words[0]?.features ?? [];
    const terms = new Map(counts.terms);
    for (const f of refund) terms.set(f, new Map([...(counts.terms.get(f) ?? []), ['legal', 50]]));
    expect(suggestLabel({ labels: counts.labels, terms }, textFeatures('refund'))).toEqual(suggest('refund'));
  });

  describe('says nothing it cannot back', () => {
    it(`below ${String(MIN_EXAMPLES)} learned examples`, () => {
      expect(suggest('refund my payment', learnAll(HISTORY.slice(0, MIN_EXAMPLES - 1)))).toBeNull();
      expect(suggest('refund my payment', learnAll(HISTORY.slice(0, MIN_EXAMPLES)))).not.toBeNull();
    });

    it('with a single label', () => {
      expect(suggest('refund my payment', learnAll(HISTORY.map((e) => ({ ...e, label: 'billing' }))))).toBeNull();
    });

    it('when no feature of the text was ever seen', () => {
      expect(suggest('Xylophone quartz zebra')).toBeNull();
      expect(suggest('')).toBeNull();
    });

    it('before anything was learned', () => {
      expect(suggestLabel(EMPTY_COUNTS, textFeatures('refund'))).toBeNull();
    });
  });
});
