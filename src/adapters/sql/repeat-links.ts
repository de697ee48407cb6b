import { sql, type Insertable, type Kysely, type RawBuilder } from 'kysely';
import { RESOLUTION, STATUS } from './column-codes';
import { num, numOrNull } from './column-values';
import { col, notClosedDuplicate } from './dashboard/dashboard-scope';
import type { ComplaintTable, StoreDatabase } from './store-schema';

/*
 * Each row keeps the moment of the previous complaint of its project with the same customer and
 * with the same subject (`repeatFigures`), so that the dashboard counts repeats within the rows.
 * A write keeps them true: the row's own moments, and those of the complaints after it that it
 * now precedes (events arrive out of order, and the reconciliation writes old complaints late).
 */

/** The columns a link reads. */
export type LinkRow = Pick<ComplaintTable, 'issue_id' | 'project_key' | 'created_at' | 'anonymous' | 'reporter_account_id' | 'subject_key' | 'status' | 'resolution'>;

export type LinkColumn = 'prev_customer_at' | 'prev_subject_at';

/** The columns a link reads, of a row about to be written. */
export const linkRowOf = (row: Pick<Insertable<ComplaintTable>, keyof LinkRow>): LinkRow => ({
  issue_id: row.issue_id,
  project_key: row.project_key,
  // A row read back from MySQL holds its BIGINTs as strings.
  created_at: num(row.created_at),
  anonymous: num(row.anonymous),
  reporter_account_id: row.reporter_account_id ?? null,
  subject_key: row.subject_key ?? null,
  status: num(row.status),
  resolution: row.resolution ?? null,
});

export const LINK_COLUMNS = ['issue_id', 'project_key', 'created_at', 'anonymous', 'reporter_account_id', 'subject_key', 'status', 'resolution'] as const satisfies readonly (keyof LinkRow)[];

export interface RepeatLink {
  readonly column: LinkColumn;
  /** The column that holds the key. */
  readonly keyColumn: 'reporter_account_id' | 'subject_key';
  /** The rows with a key of this link. */
  readonly keyed: (alias: string) => RawBuilder<unknown>;
  /** The row's key: null when it has none. */
  readonly keyOf: (row: LinkRow) => string | null;
  /** The rows with this key, in the row (alias) named. */
  readonly hasKey: (alias: string, key: string) => RawBuilder<unknown>;
}

/** `customerKey` (an anonymous complaint's reporter is the agent) and `subjectKey`. */
export const REPEAT_LINKS: readonly RepeatLink[] = [
  {
    column: 'prev_customer_at',
    keyColumn: 'reporter_account_id',
    keyed: (alias) => sql`${col(alias, 'reporter_account_id')} is not null and ${col(alias, 'anonymous')} = 0`,
    keyOf: (row) => (row.anonymous === 0 ? row.reporter_account_id : null),
    hasKey: (alias, key) => sql`${col(alias, 'reporter_account_id')} = ${key} and ${col(alias, 'anonymous')} = 0`,
  },
  {
    column: 'prev_subject_at',
    keyColumn: 'subject_key',
    keyed: (alias) => sql`${col(alias, 'subject_key')} is not null`,
    keyOf: (row) => row.subject_key,
    hasKey: (alias, key) => sql`${col(alias, 'subject_key')} = ${key}`,
  },
];

const CLOSED = STATUS.encode('closed');
const DUPLICATE = RESOLUTION.encode('duplicate');

export const isClosedDuplicate = (row: Pick<LinkRow, 'status' | 'resolution'>): boolean => num(row.status) === CLOSED && row.resolution !== null && num(row.resolution) === DUPLICATE;

/** The key under which the row is the earlier complaint of others: none for a closed duplicate, the same complaint registered twice. */
export const earlierKey = (link: RepeatLink, row: LinkRow): string | null => (isClosedDuplicate(row) ? null : link.keyOf(row));

/** The moment of the latest other complaint of the row's project that can be an earlier one under `key`, within `bound`. */
const latest = (link: RepeatLink, row: LinkRow, key: string, bound: RawBuilder<unknown>): RawBuilder<unknown> => sql`(
  select p.created_at from complaint p
  where p.project_key = ${row.project_key} and ${link.hasKey('p', key)} and ${notClosedDuplicate('p')} and p.issue_id <> ${row.issue_id} and ${bound}
  order by p.created_at desc limit 1)`;

/** Whether a complaint with the key comes after the row: then its moments may need the row's. */
const anyLater = (link: RepeatLink, row: LinkRow, key: string): RawBuilder<unknown> => sql`(
  select 1 from complaint p where p.project_key = ${row.project_key} and ${link.hasKey('p', key)} and p.created_at > ${row.created_at} limit 1)`;

type Moments = Record<LinkColumn, number | null>;

export const NO_MOMENTS: Moments = { prev_customer_at: null, prev_subject_at: null };

/** After an insert: the row's moments, and those of the complaints after it. */
export const linkInserted = async (db: Kysely<StoreDatabase>, row: LinkRow): Promise<void> => {
  // Read after the insert, so that of two neighbours written at once the later reads finds the other.
  const { moments, followed } = await previousMoments(db, row);
  await raiseMoments(db, row.issue_id, moments);
  await linkFollowers(db, row, followed);
};

/**
 * The row's previous moments, as the other rows stand, and the links with later complaints.
 * One statement of index seeks: (reporter, created_at) and (subject_key, created_at) walked back
 * from the row, stopping at the first complaint that counts.
 */
export const previousMoments = async (db: Kysely<StoreDatabase>, row: LinkRow): Promise<{ moments: Moments; followed: RepeatLink[] }> => {
  const keyed = REPEAT_LINKS.flatMap((link) => {
    const key = link.keyOf(row);
    return key === null ? [] : [{ link, key }];
  });
  if (keyed.length === 0) return { moments: NO_MOMENTS, followed: [] };
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join(
    keyed.flatMap(({ link, key }, i) => [
      sql`${latest(link, row, key, sql`p.created_at < ${row.created_at}`)} as ${sql.ref(`prev_${i}`)}`,
      sql`${anyLater(link, row, key)} as ${sql.ref(`later_${i}`)}`,
    ]),
  )}`.execute(db);
  const [found = {}] = rows;
  const moments = { ...NO_MOMENTS };
  keyed.forEach(({ link }, i) => (moments[link.column] = numOrNull(found[`prev_${i}`] as number | null)));
  const followed = keyed.filter(({ link }, i) => found[`later_${i}`] !== null && found[`later_${i}`] !== undefined && earlierKey(link, row) !== null);
  return { moments, followed: followed.map(({ link }) => link) };
};

/**
 * Raises the row's moments to `moments`, never lowers them: a complaint written meanwhile may
 * have raised them already (`linkFollowers`), so two writers of neighbouring complaints agree in
 * either order.
 */
export const raiseMoments = async (db: Kysely<StoreDatabase>, issueId: string, moments: Moments): Promise<void> => {
  const raised = REPEAT_LINKS.flatMap(({ column }) => {
    const at = moments[column];
    const current = col('complaint', column);
    return at === null ? [] : [sql`${sql.ref(column)} = case when ${current} is null or ${current} < ${at} then ${at} else ${current} end`];
  });
  if (raised.length === 0) return;
  await sql`update complaint set ${sql.join(raised)} where issue_id = ${issueId}`.execute(db);
};

/**
 * The complaints right after the row, whose previous complaint it now is: one UPDATE a key, over
 * the rows of the key after it whose moment is earlier than the row's, which are only the next
 * ones (any later one has a previous complaint after the row already).
 */
export const linkFollowers = async (db: Kysely<StoreDatabase>, row: LinkRow, links: readonly RepeatLink[]): Promise<void> => {
  for (const link of links) {
    const key = earlierKey(link, row);
    if (key === null) continue;
    const moment = col('complaint', link.column);
    await sql`update complaint set ${sql.ref(link.column)} = ${row.created_at}
      where complaint.project_key = ${row.project_key} and ${link.hasKey('complaint', key)} and complaint.created_at > ${row.created_at}
        and (${moment} is null or ${moment} < ${row.created_at})`.execute(db);
  }
};

/**
 * The complaints right after `old` that had it as their previous complaint, when it no longer is
 * one under its old key (its key, project or moment changed, or it was closed as a duplicate):
 * they get the previous one before it.
 */
export const unlinkFollowers = async (db: Kysely<StoreDatabase>, old: LinkRow, links: readonly RepeatLink[]): Promise<void> => {
  for (const link of links) {
    const key = earlierKey(link, old);
    if (key === null) continue;
    const before = latest(link, old, key, sql`p.created_at <= ${old.created_at}`);
    const { rows } = await sql<{ at: unknown }>`select ${before} as at`.execute(db);
    const at = numOrNull((rows[0]?.at ?? null) as number | null);
    await sql`update complaint set ${sql.ref(link.column)} = ${at}
      where complaint.project_key = ${old.project_key} and ${link.hasKey('complaint', key)} and complaint.created_at > ${old.created_at}
        and ${col('complaint', link.column)} = ${old.created_at}`.execute(db);
  }
};

/** The links whose key, project, moment or standing as an earlier complaint differ between the two versions of a row. */
export const changedLinks = (old: LinkRow, row: LinkRow): RepeatLink[] =>
  REPEAT_LINKS.filter(
    (link) =>
      link.keyOf(old) !== link.keyOf(row) ||
      earlierKey(link, old) !== earlierKey(link, row) ||
      old.project_key !== row.project_key ||
      old.created_at !== row.created_at,
  );

/**
 * The row as stored still has the key columns of `row`, null-safely: then a save leaves every
 * link as it is, and the store writes it in one statement.
 */
export const sameLinkColumns = (row: LinkRow): RawBuilder<boolean> => {
  const same = (column: keyof LinkRow): RawBuilder<unknown> => {
    const value = row[column];
    return value === null ? sql`${col('complaint', column)} is null` : sql`${col('complaint', column)} = ${value}`;
  };
  return sql<boolean>`${sql.join(['project_key', 'created_at', 'anonymous', 'reporter_account_id', 'subject_key'].map((c) => same(c as keyof LinkRow)), sql` and `)}
    and ${isClosedDuplicate(row) ? sql`not ${notClosedDuplicate('complaint')}` : notClosedDuplicate('complaint')}`;
};
