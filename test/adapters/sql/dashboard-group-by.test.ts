import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createSqliteStore } from '../../../src/adapters/local/sqlite-store.adapter';
import { createSqlDashboardFigures } from '../../../src/adapters/sql/dashboard/sql-dashboard-figures';
import type { StoreDatabase } from '../../../src/adapters/sql/store-schema';
import { defaultConfig } from '../../../src/domain/config/parse-config';
import { timingSettingsOf } from '../../../src/domain/metrics/complaint-timings';
import { lastMonths } from '../../../src/domain/metrics/dashboard-period';

/*
 * MySQL and TiDB (ONLY_FULL_GROUP_BY, their default) match a GROUP BY expression with the select
 * list's by its text, and two `?` never match; MariaDB matches no expression at all. A grouped
 * statement must group by columns and aliases only. SQLite accepts either, so the statements'
 * text is checked here, where no MySQL engine runs (test/adapters/sql/*mariadb* runs them on one).
 */
describe('the dashboard’s grouped statements', () => {
  it('group by columns and aliases only, so that MySQL, TiDB and MariaDB take them', async () => {
    const config = defaultConfig();
    const database = new Database(':memory:');
    await createSqliteStore(database, timingSettingsOf(config)).migrate();
    const statements: string[] = [];
    const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }), log: (event) => void statements.push(event.query.sql) });
    const now = Date.UTC(2026, 11, 5, 10);
    const period = lastMonths(now, 6, config.calendar.timeZone);
    await createSqlDashboardFigures(db).dashboardFigures(
      { projectKeys: ['CMP'], departmentIds: [], period, timeZone: config.calendar.timeZone, top: 5, currency: 'GBP', repeatWindowDays: 30, acknowledgeBusinessDays: 2 },
      now,
    );
    const grouped = statements.filter((text) => /group by/i.test(text)).map((text) => text.slice(text.search(/group by/i)).split(/\border by\b|\blimit\b|\)\s*t\b/i)[0] ?? '');
    expect(grouped.length).toBeGreaterThanOrEqual(4);
    const terms = grouped.flatMap((clause) => clause.replace(/^group by/i, '').split(','));
    for (const term of terms) expect(term.trim()).toMatch(/^(?:\w+\.)?\w+$/);
  });
});
