import fc from 'fast-check';

/**
 * What a hostile caller can put in a payload or an event: every case starts from a well-formed
 * value of the contract's shape, then maybe breaks it, so that both the answers and the refusals
 * get exercised.
 */

/** Keys that reach an object's prototype when code copies or indexes by a caller's key. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const HUGE = 100_000;
// Made once: building 100k-character strings per case would cost more than the case.
const HUGE_STRINGS = [
  'x'.repeat(HUGE),
  // Right-to-left override and Arabic, then a lone high surrogate: text that must not break the trail or a mail.
  '\u202Eعربي'.repeat(HUGE / 5),
  '\uD800'.repeat(HUGE),
  '🧾'.repeat(HUGE / 2),
];

/**
 * An object with `key` as its own member, as JSON.parse makes `{"__proto__": …}`: in code,
 * `{ __proto__: x }` and `o.__proto__ = x` would set the prototype instead.
 */
export const withOwnKey = (key: string, value: unknown, rest: object = {}): Record<string, unknown> =>
  Object.defineProperty({ ...rest }, key, { value, enumerable: true, writable: true, configurable: true });

const deepNesting = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Text a form never sends: unicode of every plane, lone surrogates, RTL marks, NUL, and the huge strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\uDC00abc', 'a\u202Eb', '\u200F\u200E', '‮CMP-1', ' \t\n ', '${jndi:x}', "' OR 1=1 --", '<script>', ...PROTOTYPE_KEYS),
  fc.constantFrom(...HUGE_STRINGS),
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -(2 ** 53)),
  fc.double(),
  fc.integer(),
);

/** Objects whose own keys are the prototype's, nesting another such object. */
const prototypeObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom<unknown>({ polluted: true }, { prototype: { polluted: true } }, 'polluted', null, []))
  .map(([key, value]) => withOwnKey(key, value));

/** A value of any type, most of them wrong where they land. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, deepNesting(1_000)),
  prototypeObject,
  fc.array(hostileString, { maxLength: 3 }),
  // Keys stay short: zod names an unknown key in its message, and the bridge would carry 100k of it back for nothing.
  fc.dictionary(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...PROTOTYPE_KEYS)), fc.oneof(hostileString, hostileNumber), { maxKeys: 3 }),
);

type Path = readonly (string | number)[];

/** Every place in `value` a mutation can hit: the value itself, then each nested member. */
const pathsOf = (value: unknown, at: Path = []): Path[] => {
  if (typeof value !== 'object' || value === null) return [at];
  const members = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...members.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
};

const copy = (value: unknown): unknown => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));

type Mutation = { readonly op: 'replace'; readonly by: unknown } | { readonly op: 'drop' } | { readonly op: 'add'; readonly key: string; readonly by: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: hostileValue.map((by) => ({ op: 'replace' as const, by })) },
  { weight: 1, arbitrary: fc.constant({ op: 'drop' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'issueId', 'accountId', 'id'), fc.string({ maxLength: 8 })), hostileValue)
      .map(([key, by]) => ({ op: 'add' as const, key, by })),
  },
);

/** `value` with one member replaced by a hostile one, dropped, or joined by an extra (often a prototype) key. */
const mutate = (value: unknown, pick: number, change: Mutation): unknown => {
  const root = { value: copy(value) };
  const paths = pathsOf(root.value).map((p) => ['value', ...p]);
  const path = paths[pick % paths.length] ?? ['value'];
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? 'value';
  const target = parent[last];
  if (change.op === 'replace') parent[last] = change.by;
  else if (change.op === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    parent[last] = withOwnKey(change.key, change.by, target);
  } else parent[last] = withOwnKey(change.key, change.by);
  return root.value;
};

/**
 * Cases for one payload: a quarter well-formed (`valid`), half with one hostile change, and the
 * rest a hostile value where the payload should be.
 */
export const hostile = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 1, arbitrary: valid },
    { weight: 2, arbitrary: fc.tuple(valid, fc.nat(), mutation).map(([v, pick, change]) => mutate(v, pick, change)) },
    { weight: 1, arbitrary: hostileValue },
  );

/** The same seed for a property on every run, so that a failure reproduces; fast-check prints it. */
export const seedOf = (name: string): number => {
  let hash = 7;
  for (let i = 0; i < name.length; i += 1) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
};

/** Fails when a case left a key on Object.prototype: a prototype-pollution path. */
export const assertNoPollution = (): void => {
  const own = Object.getOwnPropertyNames(Object.prototype).sort().join();
  if (own !== BASELINE_PROTOTYPE || 'polluted' in {}) throw new Error(`Object.prototype was polluted: ${own}`);
};
const BASELINE_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort().join();
