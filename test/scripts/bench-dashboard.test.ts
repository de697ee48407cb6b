import type Database from 'better-sqlite3';
import { measureDashboard } from '../../scripts/bench-dashboard';
import { defaultConfig } from '../../src/domain/config/parse-config';
import { generatedComplaints } from '../adapters/sql/generated-complaints';

/** Rows written as `npm run bench` writes them: straight into the table, past the store's upkeep. */
const insertRows = (database: Database.Database, rows: readonly object[]): void => {
  const columns = Object.keys(rows[0] ?? {});
  const insert = database.prepare(`insert into complaint (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) insert.run(columns.map((column) => (row as Record<string, unknown>)[column]));
};

describe('the dashboard bench, at the smoke scale', () => {
  it('answers the gadget over the rows with one Jira call a view, and counts the repeats the rows were filled without', async () => {
    const { records, now } = generatedComplaints(300);
    const config = { ...defaultConfig(), repeatWindowDays: 30 };
    const figures = await measureDashboard(
      records.map((r) => ({ ...r, projectKey: 'CMP', nextDueAt: null, sharedMeasures: null, routedAt: null, routeAttempts: 0, jiraUpdatedAt: r.createdAt, version: 1 })),
      config,
      now,
      insertRows,
      'smoke',
    );
    expect(figures).toMatchObject({ complaints: 300, runs: 3, jiraCallsPerView: 1, jiraCallsForFigures: 0 });
    expect(figures.resolverP95Ms).toBeGreaterThanOrEqual(figures.resolverP50Ms);
    expect(figures.repeats).toBeGreaterThan(0);
  });
});
