import fc from 'fast-check';
import type { AppErrorCode } from '../../src/domain/app-error';
import { UI_ERROR_CODES, type UiErrorCode } from '../../static/shared/ui-error';
import { assertNoPollution, seedOf } from './hostile-input';
import type { StateWatch, Writes } from './state-watch';

/** Whether the app took the case (and may have changed things) or refused it (and must have changed nothing). */
export type Verdict = 'accepted' | 'refused';

// What only the browser side makes; a Record, so that the compiler insists on each of them.
const BROWSER_ONLY: Readonly<Record<Exclude<UiErrorCode, AppErrorCode>, true>> = { TIMEOUT: true, BRIDGE: true, BAD_RESPONSE: true, RENDER: true };
const isTypedCode = (code: unknown): boolean =>
  typeof code === 'string' && (UI_ERROR_CODES as readonly string[]).includes(code) && !Object.hasOwn(BROWSER_ONLY, code) && code !== 'INTERNAL';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A resolver's answer must be a ResolverResponse: data that survives the bridge's JSON, or an
 * error with a code the UI knows. INTERNAL is what `respond` makes of an exception nobody
 * expected, so a hostile payload that reaches it is a defect too.
 */
export const judgeResolverAnswer = (answer: unknown): Verdict => {
  if (!isRecord(answer)) throw new Error(`Not a ResolverResponse: ${String(answer)}`);
  if (answer.ok === true) {
    // The bridge's JSON has already been applied (@forge/resolver sends its answer through it).
    if (answer.data === undefined) throw new Error('An answer without data');
    return 'accepted';
  }
  const error = answer.error;
  if (answer.ok !== false || !isRecord(error)) throw new Error(`Not a ResolverResponse: ${JSON.stringify(answer)}`);
  const fieldsOk = Array.isArray(error.fields) && error.fields.every((f) => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string');
  if (!isTypedCode(error.code) || typeof error.message !== 'string' || error.message === '' || !fieldsOk) {
    throw new Error(`Not a typed error: ${JSON.stringify(error).slice(0, 2000)}`);
  }
  return 'refused';
};

/** Names what a refused case wrote: how many rows or calls, and where. */
const assertUnchanged = (watch: StateWatch, before: Writes): void => {
  const after = watch.snapshot();
  const wrote = (Object.keys(before) as (keyof Writes)[]).filter((place) => after[place] !== before[place]);
  if (wrote.length > 0) throw new Error(`A refused case wrote: ${wrote.map((place) => `${place} ${after[place] - before[place]}`).join(', ')}`);
};

/** How each case runs against one sandbox. */
export interface CaseRunner {
  readonly watch: StateWatch;
  /** Waits for the work a case set off (triggers, the queue), so that it cannot land in the next case. */
  readonly settle: () => Promise<unknown>;
}

/**
 * Runs `invoke` once per generated input, 1,000 times from a fixed seed named after the
 * property: each answer is judged, Object.prototype must stay clean, and a refused case must
 * leave the stores and Jira exactly as they were.
 */
export const fuzz = async <T>(runner: CaseRunner, name: string, inputs: fc.Arbitrary<T>, invoke: (input: T) => Promise<unknown>, judge: (answer: unknown) => Verdict) => {
  const verdicts = { accepted: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      const before = runner.watch.snapshot();
      const answer = await invoke(input);
      await runner.settle();
      const verdict = judge(answer);
      assertNoPollution();
      verdicts[verdict] += 1;
      if (verdict === 'refused') assertUnchanged(runner.watch, before);
    }),
    { seed: seedOf(name), numRuns: 1000 },
  );
  return verdicts;
};
