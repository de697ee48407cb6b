import { createFrameRegistry } from '../../../sandbox/host/frame-registry';

const frame = (n: number) => ({ site: { moduleKey: 'panel', localId: `panel/${n}`, extension: {} }, accountId: 'ann' });

describe('the frame registry', () => {
  it('finds each frame by the id it issued, and nothing by an id it did not', () => {
    const registry = createFrameRegistry();
    const [first, second] = [registry.issue(frame(1)), registry.issue(frame(2))];
    expect(first).not.toBe(second);
    expect(registry.find(first)).toEqual(frame(1));
    expect(registry.find(second)).toEqual(frame(2));
    expect(registry.find('guessed')).toBeUndefined();
  });

  it('forgets the oldest frames beyond its limit', () => {
    const registry = createFrameRegistry(2);
    const ids = [1, 2, 3].map((n) => registry.issue(frame(n)));
    expect(ids.map((id) => registry.find(id)?.site.localId)).toEqual([undefined, 'panel/2', 'panel/3']);
  });
});
