import type { Kysely } from 'kysely';
import { sum } from '../../../domain/metrics/statistics';
import type { DashboardFiguresSource } from '../../../ports/dashboard-figures.port';
import { guard } from '../store-failure';
import type { StoreDatabase } from '../store-schema';
import { closedFiguresSql, openSnapshotSql } from './dashboard-counts';
import { durationsSql } from './dashboard-durations';
import { escalatedByCustomersSql } from './dashboard-escalations';
import { periodMonthsSql } from './dashboard-months';
import { categoriesAndRepeatsSql, registeredSql, trendSql } from './dashboard-registered';

/**
 * The dashboard answered by the index and its monthly rollups (`dashboard-months.ts`): nine grouped statements (and one per top service), each returning a few rows of
 * counts and sums, or one number a complaint for the durations, never the complaints themselves, so the
 * answer stays far below Forge SQL's 4 MiB whatever the number of complaints. The same
 * statements run on SQLite and on Forge SQL's MySQL/TiDB.
 */
export const createSqlDashboardFigures = (db: Kysely<StoreDatabase>): DashboardFiguresSource => ({
  dashboardFigures: (query, now) =>
    guard('compute the dashboard', async () => {
      const { period, timeZone, top } = query;
      const closed = await closedFiguresSql(db, query, period);
      const durations = await durationsSql(db, query, period, query.acknowledgeBusinessDays);
      const months = await periodMonthsSql(db, query, period, timeZone);
      const registered = await registeredSql(db, query, months);
      const categories = await categoriesAndRepeatsSql(db, query, period, top, query.repeatWindowDays);
      return {
        period,
        timeZone,
        now,
        open: await openSnapshotSql(db, query, now),
        escalatedByCustomers: await escalatedByCustomersSql(db, query, period),
        registered: sum(registered.byMonth),
        timeToFirstAction: durations.timeToFirstAction,
        timeToClose: durations.timeToClose,
        satisfaction: closed.satisfaction,
        rates: closed.rates,
        compensation: { currency: query.currency, ...closed.compensation },
        trend: await trendSql(db, query, months, registered),
        topCategories: categories.topCategories,
        topDepartments: registered.byDepartment.slice(0, Math.max(0, top)),
        iso: {
          acknowledgedWithinTarget: durations.acknowledgedWithinTarget,
          respondedWithinTarget: closed.respondedWithinTarget,
          satisfactionAfterClosure: closed.satisfactionAfterClosure,
          improvementsRecorded: closed.improvementsRecorded,
        },
        repeats: categories.repeats,
      };
    }),
});
