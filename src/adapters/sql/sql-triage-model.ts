import type { Kysely } from 'kysely';
import * as z from 'zod';
import type { TriageCounts } from '../../domain/triage/triage-counts';
import type { StoredSuggestion, TriageDimension, TriageExample } from '../../domain/triage/triage-example';
import type { Relabel, TriageModelStore } from '../../ports/triage-model.port';
import { num } from './column-values';
import { guard } from './store-failure';
import { WIDTH, type StoreDatabase } from './store-schema';

const PREFIX: Readonly<Record<TriageDimension, string>> = { department: 'd:', category: 'c:' };
const stored = (dimension: TriageDimension, label: string): string => `${PREFIX[dimension]}${label}`;

const suggestionSchema = z.object({
  departmentId: z.string(),
  confidence: z.number(),
  category: z.object({ key: z.string(), name: z.string(), confidence: z.number() }).nullable(),
  words: z.array(z.string()),
  examples: z.number(),
  source: z.literal('local'),
});

// A row this version cannot read (written by a later one) is no suggestion rather than an error.
const suggestionOf = (json: string | null): StoredSuggestion | null => {
  if (json === null) return null;
  try {
    return suggestionSchema.safeParse(JSON.parse(json)).data ?? null;
  } catch {
    return null;
  }
};

const featuresText = (features: readonly number[]): string => {
  const text = features.map((f) => f.toString(36)).join(',');
  if (text.length > WIDTH.triageFeatures) throw new RangeError(`An example's features take ${String(text.length)} characters, more than ${String(WIDTH.triageFeatures)}`);
  return text;
};
const featuresOf = (text: string): number[] => (text === '' ? [] : text.split(',').map((f) => parseInt(f, 36)));

/**
 * The triage model in SQL, on Forge SQL and SQLite alike. Without transactions, a relabel first
 * moves the example by compare-and-set on its label, so of two writers only one moves the
 * counts; a count row is made (INSERT IGNORE) before it is added to, so two learners of a new
 * feature both count. Rows that fall to zero stay (reads skip them): deleting one could race a
 * learner that found it a moment before and then added to nothing.
 */
export const createSqlTriageModel = (db: Kysely<StoreDatabase>): TriageModelStore => {
  const learn = async (label: string, features: readonly number[], sign: 1 | -1, name?: string): Promise<void> => {
    if (sign === 1) {
      await db.insertInto('triage_label').orIgnore().values({ label, name: name ?? null, docs: 0, terms: 0 }).execute();
      if (features.length > 0) await db.insertInto('triage_term').orIgnore().values(features.map((feature) => ({ feature, label, n: 0 }))).execute();
    }
    await db
      .updateTable('triage_label')
      .set((eb) => ({ docs: eb('docs', '+', sign), terms: eb('terms', '+', sign * features.length) }))
      .where('label', '=', label)
      .execute();
    if (features.length > 0) {
      await db.updateTable('triage_term').set((eb) => ({ n: eb('n', '+', sign) })).where('label', '=', label).where('feature', 'in', features).execute();
    }
  };

  return {
    countsFor: (dimension, features) =>
      guard('read the triage model', async (): Promise<TriageCounts> => {
        const prefix = PREFIX[dimension];
        const labelRows = await db.selectFrom('triage_label').select(['label', 'docs', 'terms']).where('label', 'like', `${prefix}%`).execute();
        const termRows =
          features.length === 0
            ? []
            : await db.selectFrom('triage_term').select(['feature', 'label', 'n']).where('feature', 'in', [...features]).where('label', 'like', `${prefix}%`).where('n', '>', 0).execute();
        const labels = new Map(labelRows.filter((r) => num(r.docs) > 0).map((r) => [r.label.slice(prefix.length), { docs: num(r.docs), terms: num(r.terms) }]));
        const terms = new Map<number, Map<string, number>>();
        for (const row of termRows) {
          const feature = num(row.feature);
          const perLabel = terms.get(feature) ?? new Map<string, number>();
          perLabel.set(row.label.slice(prefix.length), num(row.n));
          terms.set(feature, perLabel);
        }
        return { labels, terms };
      }),

    namesOf: (dimension, labels) =>
      guard('read the triage labels', async () => {
        if (labels.length === 0) return new Map<string, string>();
        const prefix = PREFIX[dimension];
        const rows = await db.selectFrom('triage_label').select(['label', 'name']).where('label', 'in', labels.map((l) => stored(dimension, l))).execute();
        return new Map(rows.flatMap((r) => (r.name === null ? [] : [[r.label.slice(prefix.length), r.name] as const])));
      }),

    keepExample: (example) =>
      guard('keep a triage example', async () => {
        const result = await db
          .insertInto('triage_example')
          .orIgnore()
          .values({
            issue_id: example.issueId,
            features: featuresText(example.features),
            suggestion: example.suggestion === null ? null : JSON.stringify(example.suggestion),
            department: null,
            category: null,
            created_at: example.createdAt,
          })
          .executeTakeFirst();
        return result.numInsertedOrUpdatedRows === 1n;
      }),

    exampleOf: (issueId) =>
      guard('read a triage example', async (): Promise<TriageExample | null> => {
        const row = await db.selectFrom('triage_example').selectAll().where('issue_id', '=', issueId).executeTakeFirst();
        if (row === undefined) return null;
        return {
          issueId: row.issue_id,
          features: featuresOf(row.features),
          suggestion: suggestionOf(row.suggestion),
          department: row.department,
          category: row.category,
          createdAt: num(row.created_at),
        };
      }),

    relabel: (move: Relabel) =>
      guard('relabel a triage example', async () => {
        if (move.from === move.to) return false;
        const column = move.dimension;
        const row = await db.selectFrom('triage_example').select('features').where('issue_id', '=', move.issueId).executeTakeFirst();
        if (row === undefined) return false;
        const moved = await db
          .updateTable('triage_example')
          .set({ [column]: move.to })
          .where('issue_id', '=', move.issueId)
          .where(column, move.from === null ? 'is' : '=', move.from)
          .executeTakeFirst();
        if (moved.numUpdatedRows !== 1n) return false;
        const features = featuresOf(row.features);
        if (move.from !== null) await learn(stored(move.dimension, move.from), features, -1);
        if (move.to !== null) await learn(stored(move.dimension, move.to), features, 1, move.name);
        return true;
      }),

    dropExample: (issueId) =>
      guard('drop a triage example', async () => {
        await db.deleteFrom('triage_example').where('issue_id', '=', issueId).execute();
      }),
  };
};
