import { sql, type Kysely } from 'kysely';
import type { FigureIssuesSource } from '../../../ports/figure-issues.port';
import { guard } from '../store-failure';
import type { StoreDatabase } from '../store-schema';
import { CLOSED, col, inScope } from './dashboard-scope';

/**
 * The complaints behind "overdue now" and "escalated now", with the scope and conditions of
 * `openSnapshotSql`, so the list and the gadget's number always agree. The limit bounds the answer.
 */
export const createSqlFigureIssues = (db: Kysely<StoreDatabase>): FigureIssuesSource => ({
  figureIssueIds: (call, limit) =>
    guard('list the complaints of a figure', async () => {
      const condition = call.figure === 'overdue' ? sql`${col('c', 'due_at')} < ${call.at}` : sql`${col('c', 'escalation_level')} > 0`;
      const { rows } = await sql<{ issue_id: string }>`
        select c.issue_id from complaint c
        where ${inScope('c', call.filter)} and c.status <> ${CLOSED} and ${condition}
        order by c.issue_id
        limit ${sql.lit(limit)}`.execute(db);
      return rows.map((row) => row.issue_id);
    }),
});
