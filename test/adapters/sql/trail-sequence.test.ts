import { createTrailSequence } from '../../../src/adapters/sql/trail-sequence';

describe('createTrailSequence', () => {
  it('follows the clock and rises strictly while the clock stands still or steps back', () => {
    let clock = 1_000;
    const next = createTrailSequence(() => clock);
    const first = [next(), next()];
    clock = 990; // a clock set back must not reorder what this writer wrote
    const afterStepBack = next();
    clock = 2_000;
    expect([...first, afterStepBack, next()]).toEqual([1_000, 1_001, 1_002, 2_000]);
  });
});
