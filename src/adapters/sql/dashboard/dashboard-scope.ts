import { sql, type RawBuilder } from 'kysely';
import { TRIAGE, type MetricsFilter, type MetricsPeriod } from '../../../domain/metrics/metrics-query';
import { RESOLUTION, STATUS } from '../column-codes';

/*
 * Fragments of the dashboard's statements, written as plain SQL that SQLite and MySQL/TiDB read
 * alike: CASE, EXISTS, COUNT/SUM, LIMIT with a literal OFFSET. `alias` names the complaint table
 * in the statement, so the repeat look-back can compare two rows of it.
 */

export const CLOSED = STATUS.encode('closed');
export const DONE = RESOLUTION.encode('done');
const DUPLICATE = RESOLUTION.encode('duplicate');

export const col = (alias: string, column: string): RawBuilder<unknown> => sql.ref(`${alias}.${column}`);

const inList = (alias: string, column: string, values: readonly string[]): RawBuilder<unknown> =>
  sql`${col(alias, column)} in (${sql.join(values.map((v) => sql.val(v)))})`;

// The dashboard counts complaints without a department under TRIAGE: a null column in a complaint
// row, '' in a rollup row (`noDepartment`).
const inDepartments = (alias: string, departmentIds: readonly string[], noDepartment: RawBuilder<unknown>): RawBuilder<unknown> => {
  const named = departmentIds.filter((id) => id !== TRIAGE);
  const parts = [...(named.length > 0 ? [inList(alias, 'department_id', named)] : []), ...(named.length < departmentIds.length ? [noDepartment] : [])];
  return sql`(${sql.join(parts, sql` or `)})`;
};

/** The chosen projects and departments (none chosen: all) of a complaint or a rollup row. */
const inFilter = (alias: string, filter: MetricsFilter, noDepartment: RawBuilder<unknown>): RawBuilder<unknown>[] => [
  ...(filter.projectKeys.length > 0 ? [inList(alias, 'project_key', filter.projectKeys)] : []),
  ...(filter.departmentIds.length > 0 ? [inDepartments(alias, filter.departmentIds, noDepartment)] : []),
];

/** Not closed as a duplicate: a duplicate is the same complaint registered twice. */
export const notClosedDuplicate = (alias: string): RawBuilder<unknown> =>
  sql`(${col(alias, 'status')} <> ${CLOSED} or ${col(alias, 'resolution')} is null or ${col(alias, 'resolution')} <> ${DUPLICATE})`;

/** `filterRecords`: the chosen projects and departments (none chosen: all), never a closed duplicate. */
export const inScope = (alias: string, filter: MetricsFilter): RawBuilder<unknown> =>
  sql.join([notClosedDuplicate(alias), ...inFilter(alias, filter, sql`${col(alias, 'department_id')} is null`)], sql` and `);

/** The rollup rows of the chosen projects and departments; true when the filter chooses all. */
export const rollupInScope = (alias: string, filter: MetricsFilter): RawBuilder<unknown> =>
  sql.join([sql`1 = 1`, ...inFilter(alias, filter, sql`${col(alias, 'department_id')} = ''`)], sql` and `);

/** `isWithin`: the half-open period. */
export const within = (alias: string, column: string, period: MetricsPeriod): RawBuilder<unknown> =>
  sql`${col(alias, column)} >= ${period.from} and ${col(alias, column)} < ${period.to}`;

/** `closedIn`: closed in the period and still closed. */
export const closedWithin = (alias: string, period: MetricsPeriod): RawBuilder<unknown> =>
  sql`${col(alias, 'status')} = ${CLOSED} and ${within(alias, 'closed_at', period)}`;

/** Within any of the periods; false for none. */
export const withinAny = (alias: string, column: string, periods: readonly MetricsPeriod[]): RawBuilder<unknown> =>
  periods.length === 0 ? sql`1 = 0` : sql`(${sql.join(periods.map((p) => sql`(${within(alias, column, p)})`), sql` or `)})`;

/** Closed as done with a rating: what the satisfaction average is over. */
export const scored = (alias: string): RawBuilder<unknown> => sql`${col(alias, 'resolution')} = ${DONE} and ${col(alias, 'satisfaction')} is not null`;

/** 1 where the condition holds, summed: a count of rows that meet it inside a grouped scan. */
export const countWhere = (condition: RawBuilder<unknown>): RawBuilder<unknown> => sql`sum(case when ${condition} then 1 else 0 end)`;

/** Counts and sums come back as numbers from SQLite and as strings (or null over no rows) from MySQL. */
export const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
