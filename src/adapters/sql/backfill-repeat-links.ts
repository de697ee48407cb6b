import { sql, type Kysely } from 'kysely';
import { literalLimit, num, numOrNull } from './column-values';
import { col } from './dashboard/dashboard-scope';
import { isClosedDuplicate, REPEAT_LINKS, type RepeatLink } from './repeat-links';
import type { StoreDatabase } from './store-schema';

const PAGE = 500;

interface Position {
  readonly link_key: string;
  readonly created_at: number;
  readonly issue_id: string;
}

/** Where a project's walk through one key stands: the latest earlier complaint, and the one at the current moment. */
interface Walk {
  instant: number;
  previous: number | null;
  atInstant: number | null;
}

/**
 * Works out one link's moments of the rows written before the store kept them: the rows with a
 * key in the order of the link's index (key, moment), a page at a time, carrying the latest earlier
 * complaint of each project from row to row, and one UPDATE a page for the rows whose moment
 * differs. Run by the migration that adds the columns (and by the bench after it fills the table
 * directly); a rerun writes nothing. SQLite, MySQL and TiDB all compare row values, through the index.
 */
const backfillLink = async (db: Kysely<StoreDatabase>, link: RepeatLink, page: number): Promise<void> => {
  const key = col('c', link.keyColumn);
  let group: string | null = null;
  let walks = new Map<string, Walk>();
  for (let position: Position | null = null; ; ) {
    const { rows } = await sql<Position & { project_key: string; status: number; resolution: number | null; moment: unknown }>`
      select ${key} as link_key, c.created_at, c.issue_id, c.project_key, c.status, c.resolution, ${col('c', link.column)} as moment
      from complaint c
      where ${link.keyed('c')} ${position === null ? sql`` : sql`and (${key}, c.created_at, c.issue_id) > (${position.link_key}, ${position.created_at}, ${position.issue_id})`}
      order by ${key}, c.created_at, c.issue_id
      limit ${literalLimit(page)}`.execute(db);
    const changes: { issueId: string; moment: number | null }[] = [];
    for (const row of rows) {
      if (row.link_key !== group) [group, walks] = [row.link_key, new Map<string, Walk>()];
      const createdAt = num(row.created_at);
      const walk = walks.get(row.project_key) ?? { instant: createdAt, previous: null, atInstant: null };
      walks.set(row.project_key, walk);
      // Complaints of the same moment are no earlier one of each other.
      if (createdAt > walk.instant) [walk.instant, walk.previous, walk.atInstant] = [createdAt, walk.atInstant ?? walk.previous, null];
      if (numOrNull(row.moment as number | null) !== walk.previous) changes.push({ issueId: row.issue_id, moment: walk.previous });
      if (!isClosedDuplicate(row)) walk.atInstant = createdAt;
    }
    if (changes.length > 0) {
      await sql`update complaint set ${sql.ref(link.column)} = case issue_id ${sql.join(
        changes.map((c) => sql`when ${c.issueId} then ${c.moment}`),
        sql` `,
      )} end where issue_id in (${sql.join(changes.map((c) => c.issueId))})`.execute(db);
    }
    const last = rows.at(-1);
    if (rows.length < page || last === undefined) return;
    position = last;
  }
};

/** Every link's moments, worked out from the rows. */
export const backfillRepeatLinks = async (db: Kysely<StoreDatabase>, page = PAGE): Promise<void> => {
  for (const link of REPEAT_LINKS) await backfillLink(db, link, page);
};
