import { FEATURE_SPACE, featureSet, MAX_FEATURES, normaliseText, textFeatures } from '../../../src/domain/triage/text-features';

const wordsOf = (text: string): string[] => textFeatures(text).words.map((w) => w.word);
const shared = (a: string, b: string): number[] => {
  const [left, right] = [textFeatures(a).words[0]?.features ?? [], textFeatures(b).words[0]?.features ?? []];
  return left.filter((f) => right.includes(f));
};

describe('normaliseText', () => {
  it('folds compatibility forms and case, spells ё as е and unifies apostrophes', () => {
    expect(normaliseText('ＰＡＹＭＥＮＴ Ёлка ВСЁ')).toBe('payment елка все');
    expect(normaliseText('кур’єр курʼєр кур`єр')).toBe("кур'єр кур'єр кур'єр");
  });
});

describe('textFeatures', () => {
  it('keeps words of letters, dropping digits, punctuation, short and common words', () => {
    expect(wordsOf('Order #12345: the courier — late!! 3 days; я в шоке.')).toEqual(['order', 'courier', 'late', 'days', 'шоке']);
  });

  it("keeps a Ukrainian apostrophe inside a word, not around it", () => {
    expect(wordsOf("'Кур’єр' м'ясо")).toEqual(["кур'єр", "м'ясо"]);
  });

  it('gives the same features for the same text, all within the feature space', () => {
    const text = 'Списали деньги дважды, refund please, посилку загубили';
    const features = textFeatures(text).words.flatMap((w) => w.features);
    expect(textFeatures(text)).toEqual(textFeatures(text));
    expect(features.length).toBeGreaterThan(10);
    for (const f of features) expect(Number.isInteger(f) && f >= 0 && f < FEATURE_SPACE).toBe(true);
  });

  it('gives the same word the same features whatever its spelling of case, ё or apostrophe', () => {
    expect(textFeatures('ВСЁ КУР’ЄР').words.map((w) => w.features)).toEqual(textFeatures("всё кур'єр").words.map((w) => w.features));
  });

  it.each([
    ['списали', 'списание'],
    ['доставка', 'доставки'],
    ['доставка', 'доставку'],
    ['посилка', 'посилку'],
    ['charged', 'charges'],
  ])('lets inflected forms of one stem share features: %s and %s', (a, b) => {
    expect(shared(a, b).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps different words apart', () => {
    expect(shared('доставка', 'оплата')).toEqual([]);
  });
});

describe('featureSet', () => {
  it('is the unique features, sorted ascending', () => {
    const tf = textFeatures('refund refund refunded');
    const set = featureSet(tf);
    expect(set).toEqual([...new Set(tf.words.flatMap((w) => w.features))].sort((a, b) => a - b));
    expect(new Set(set).size).toBe(set.length);
  });

  it('stops at MAX_FEATURES, keeping the earlier words: the summary before the description', () => {
    const summary = 'refund';
    const long = Array.from({ length: 200 }, (_, i) => `word${'abcdefghij'[i % 10] ?? ''}${'klmnopqrst'[Math.floor(i / 10) % 10] ?? ''}${'uvwxyz'[Math.floor(i / 100)] ?? ''}`).join(' ');
    const set = featureSet(textFeatures(`${summary} ${long}`));
    expect(set).toHaveLength(MAX_FEATURES);
    for (const f of textFeatures(summary).words[0]?.features ?? []) expect(set).toContain(f);
  });

  it('is empty for a text without words', () => {
    expect(featureSet(textFeatures('12 345 — !!'))).toEqual([]);
  });
});
