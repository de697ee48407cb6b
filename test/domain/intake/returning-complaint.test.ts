import { changesSince, mayHaveBeenDeleted, settledBefore } from '../../../src/domain/intake/returning-complaint';
import type { ChangeEntry } from '../../../src/domain/intake/complaint-event';

const change = (at: number) => ({ key: `changelog:${at}:status`, at }) as unknown as ChangeEntry;

describe('settled history', () => {
  it('is nothing while the retention never ran, and the later of its cut-offs once it did', () => {
    expect(settledBefore(null, null)).toBeNull();
    expect(settledBefore(500, null)).toBe(500);
    expect(settledBefore(null, 300)).toBe(300);
    expect(settledBefore(500, 300)).toBe(500);
    expect(settledBefore(200, 300)).toBe(300);
  });

  it('keeps the changes dated at or after the cut-off, all of them without one', () => {
    const changes = [change(100), change(500), change(900)];
    expect(changesSince(changes, 500).map((c) => c.at)).toEqual([500, 900]);
    expect(changesSince(changes, null)).toEqual(changes);
  });

  it('takes an issue created before the index horizon for one the index may have deleted', () => {
    expect(mayHaveBeenDeleted(100, 500)).toBe(true);
    expect(mayHaveBeenDeleted(500, 500)).toBe(false);
    expect(mayHaveBeenDeleted(100, null)).toBe(false);
  });
});
