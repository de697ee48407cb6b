/**
 * What the triage model reads of a complaint's text. English, Russian and Ukrainian inflect at the
 * end of a word, so a word contributes itself and its beginnings ("списали" and "списание" share
 * "<спис", "<списа"): the n-grams of a stemmer's job, without a stemmer per language.
 */

/** One word of the text as the model sees it, with the hashed features it contributes. */
export interface WordFeatures {
  readonly word: string;
  readonly features: readonly number[];
}
export interface TextFeatures {
  readonly words: readonly WordFeatures[];
}

/** Features are integers below this: a hash space this wide rarely merges two of a tenant's n-grams. */
export const FEATURE_SPACE = 2 ** 20;
/**
 * What one example stores at most. Written as comma-joined base-36 (4 digits and a comma below
 * 2^20), 60 features stay within the 300 bytes a learned example may take.
 */
export const MAX_FEATURES = 60;

/** Words shorter than this say nothing about a department ("в", "on", "не"). */
const MIN_WORD_LENGTH = 3;
/** The shortest and longest word beginnings; a word's whole form is a feature of its own. */
const MIN_PREFIX = 4;
const MAX_PREFIX = 6;

/**
 * Words common to every department's complaints: each would take a stored example's place
 * without telling departments apart.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'the and for was that this with have has had not but you your are were they them their from our its his her',
    'she him been will would can could did does there what when which who all any into out about also just',
    'что это как так его она они мне меня мой моя мои вас ваш наш нас был была было были для или все уже еще',
    'що це як так його вона вони мене мій моя мої вас ваш наш нас був була було були для або все вже ще які',
  ]
    .join(' ')
    .split(' '),
);

const APOSTROPHES = /[’ʼ‘`´]/g;
/** Anything but letters, combining marks and the apostrophe inside Ukrainian words separates words. */
const SEPARATORS = /[^\p{L}\p{M}']+/u;

/** NFKC, lower case, ё→е, one apostrophe; digits and punctuation become word breaks. */
export const normaliseText = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(APOSTROPHES, "'");

/** FNV-1a over UTF-16 units, folded into the feature space: stable across runs and engines. */
const hashFeature = (gram: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i += 1) hash = Math.imul(hash ^ gram.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FEATURE_SPACE;
};

/** The whole word between boundary marks, then its beginnings, longest first. */
const wordFeatures = (word: string): number[] => {
  const grams = [`<${word}>`];
  for (let n = Math.min(MAX_PREFIX, word.length - 1); n >= MIN_PREFIX; n -= 1) grams.push(`<${word.slice(0, n)}`);
  return grams.map(hashFeature);
};

export const textFeatures = (text: string): TextFeatures => ({
  words: normaliseText(text)
    .split(SEPARATORS)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(w))
    .map((word) => ({ word, features: wordFeatures(word) })),
});

/**
 * The unique features of a text, sorted ascending, at most MAX_FEATURES: what an example stores.
 * Over the cap, the earlier words win: the summary comes first and says the most.
 */
export const featureSet = (tf: TextFeatures): number[] => {
  const kept = new Set<number>();
  for (const { features } of tf.words) {
    for (const f of features) {
      if (kept.size >= MAX_FEATURES) break;
      kept.add(f);
    }
  }
  return [...kept].sort((a, b) => a - b);
};
