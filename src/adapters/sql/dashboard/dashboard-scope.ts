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

// The dashboard counts complaints without a department under TRIAGE; here that is a null column.
const inDepartments = (alias: string, departmentIds: readonly string[]): RawBuilder<unknown> => {
  const named = departmentIds.filter((id) => id !== TRIAGE);
  const parts = [
    ...(named.length > 0 ? [inList(alias, 'department_id', named)] : []),
    ...(named.length < departmentIds.length ? [sql`${col(alias, 'department_id')} is null`] : []),
  ];
  return sql`(${sql.join(parts, sql` or `)})`;
};

/** `filterRecords`: the chosen projects and departments (none chosen: all), never a closed duplicate. */
export const inScope = (alias: string, filter: MetricsFilter): RawBuilder<unknown> => {
  const parts = [
    sql`(${col(alias, 'status')} <> ${CLOSED} or ${col(alias, 'resolution')} is null or ${col(alias, 'resolution')} <> ${DUPLICATE})`,
    ...(filter.projectKeys.length > 0 ? [inList(alias, 'project_key', filter.projectKeys)] : []),
    ...(filter.departmentIds.length > 0 ? [inDepartments(alias, filter.departmentIds)] : []),
  ];
  return sql.join(parts, sql` and `);
};

/** `isWithin`: the half-open period. */
export const within = (alias: string, column: string, period: MetricsPeriod): RawBuilder<unknown> =>
  sql`${col(alias, column)} >= ${period.from} and ${col(alias, column)} < ${period.to}`;

/** `closedIn`: closed in the period and still closed. */
export const closedWithin = (alias: string, period: MetricsPeriod): RawBuilder<unknown> =>
  sql`${col(alias, 'status')} = ${CLOSED} and ${within(alias, 'closed_at', period)}`;

/** 1 where the condition holds, summed: a count of rows that meet it inside a grouped scan. */
export const countWhere = (condition: RawBuilder<unknown>): RawBuilder<unknown> => sql`sum(case when ${condition} then 1 else 0 end)`;

/** Counts and sums come back as numbers from SQLite and as strings (or null over no rows) from MySQL. */
export const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
