import { sql, type Kysely } from 'kysely';
import type { MetricsFilter, MetricsPeriod } from '../../../domain/metrics/metrics-query';
import { TRAIL_KIND } from '../column-codes';
import type { StoreDatabase } from '../store-schema';
import { col, count, inScope, within } from './dashboard-scope';

const CUSTOMER_ESCALATED = TRAIL_KIND.encode('customer_escalated');

/**
 * `escalatedByCustomers`: the complaints in view with a customer's escalation in the period. A
 * complaint was open when its customer escalated, so only those created before the period's end
 * and open or closed after its start can have one (the `complaint_period` index); each of them is
 * looked up on the trail by its key's prefix, never by scanning the trail.
 */
export const escalatedByCustomersSql = async (db: Kysely<StoreDatabase>, filter: MetricsFilter, period: MetricsPeriod): Promise<number> => {
  const { rows } = await sql<{ n: unknown }>`
    select count(*) as n from complaint c
    where ${inScope('c', filter)}
      and ${col('c', 'created_at')} < ${period.to} and (${col('c', 'closed_at')} is null or ${col('c', 'closed_at')} >= ${period.from})
      and exists (select 1 from complaint_trail t where t.issue_id = c.issue_id and t.kind = ${CUSTOMER_ESCALATED} and ${within('t', 'at', period)})`.execute(db);
  return count(rows[0]?.n);
};
