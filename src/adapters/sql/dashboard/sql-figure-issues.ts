import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FigureCall } from '../../../domain/metrics/figure-function';
import type { FigureIssuesSource } from '../../../ports/figure-issues.port';
import { guard } from '../store-failure';
import type { StoreDatabase } from '../store-schema';
import { CLOSED, col, inScope, within } from './dashboard-scope';

/** Each figure's condition as the statement that counts it writes it: `openSnapshotSql`, `durationsSql`. */
const conditionOf = (call: FigureCall): RawBuilder<unknown> => {
  switch (call.figure) {
    case 'overdue':
      return sql`c.status <> ${CLOSED} and ${col('c', 'due_at')} < ${call.at}`;
    case 'escalated':
      return sql`c.status <> ${CLOSED} and ${col('c', 'escalation_level')} > 0`;
    case 'firstAction':
      return within('c', 'first_action_at', call.period);
  }
};

/**
 * The complaints behind a figure that plain JQL cannot list, with the scope and conditions of the
 * statement that counts it, so the list and the gadget's number always agree. The limit bounds the answer.
 */
export const createSqlFigureIssues = (db: Kysely<StoreDatabase>): FigureIssuesSource => ({
  figureIssueIds: (call, limit) =>
    guard('list the complaints of a figure', async () => {
      const { rows } = await sql<{ issue_id: string }>`
        select c.issue_id from complaint c
        where ${inScope('c', call.filter)} and ${conditionOf(call)}
        order by c.issue_id
        limit ${sql.lit(limit)}`.execute(db);
      return rows.map((row) => row.issue_id);
    }),
});
