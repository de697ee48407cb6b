import { anonymousLinksRepository } from '../../../../src/adapters/forge/kvs/anonymous-links.repository';
import { memoryKeyValueStore } from '../../../support/memory-key-value';

const link = (n: number) => ({ issueId: String(10000 + n), issueKey: `CMP-${String(n)}`, raisedAt: 1_000 * n });

const setup = () => {
  const secrets = memoryKeyValueStore();
  return { secrets, links: anonymousLinksRepository(secrets) };
};

describe('the anonymous links repository', () => {
  it('keeps each customer’s links apart, newest first', async () => {
    const { links } = setup();
    await links.add('carol', link(1));
    await links.add('carol', link(3));
    await links.add('carol', link(2));
    await links.add('kostya', link(4));
    expect(await links.linksOf('carol')).toEqual([link(3), link(2), link(1)]);
    expect(await links.linksOf('kostya')).toEqual([link(4)]);
    expect(await links.linksOf('nobody')).toEqual([]);
  });

  it('records a link once, however often it is added', async () => {
    const { links } = setup();
    await links.add('carol', link(1));
    await links.add('carol', link(1));
    expect(await links.linksOf('carol')).toEqual([link(1)]);
  });

  it('removes one link, leaves no secret once the last goes, and removing none writes nothing', async () => {
    const { secrets, links } = setup();
    await links.add('carol', link(1));
    await links.add('carol', link(2));
    await links.remove('carol', '10001');
    expect(await links.linksOf('carol')).toEqual([link(2)]);
    await links.remove('carol', '10002');
    expect(secrets.data.size).toBe(0);
    const writes = secrets.writes;
    await links.remove('carol', '10002');
    expect(secrets.writes).toBe(writes);
  });

  it.each([
    ['an older shape', { complaints: [] }],
    ['an id that is not an issue id, which would reach a JQL search', [{ issueId: '1) OR (id > 0', issueKey: 'CMP-1', raisedAt: 1 }]],
  ])('refuses to read %s as none: the next write would drop the customer’s complaints', async (_what, stored) => {
    const { secrets, links } = setup();
    await secrets.set('portal-anonymous:carol', stored);
    await expect(links.linksOf('carol')).rejects.toMatchObject({ code: 'STORE_ERROR' });
    await expect(links.add('carol', link(1))).rejects.toMatchObject({ code: 'STORE_ERROR' });
  });
});
