import { createProjectAccess } from '../../adapters/forge/project-access.adapter';
import { createForgeSqlDashboardFigures, createForgeSqlFigureIssues } from '../../adapters/forge/sql/forge-sql-store.adapter';
import { systemClock } from '../../adapters/forge/system-clock';
import type { FigureIssuesSource } from '../../ports/figure-issues.port';
import type { DashboardResolverDeps } from '../resolvers/dashboard.resolvers';
import { migratedStore } from './runtime.wiring';
import { storage } from './storage.wiring';

/** The gadget's ports as Forge provides them; the index is migrated first, as every reader of it does. */
export const dashboardResolverDeps: DashboardResolverDeps = {
  dashboard: async () => {
    const config = await storage.configs.load();
    await migratedStore(config);
    return { access: createProjectAccess(), figures: createForgeSqlDashboardFigures(), config, clock: systemClock, bindings: storage.bindings };
  },
  config: () => storage.configs.load(),
};

/** The `complaintFigure` JQL function's index, migrated first like every reader of it. */
export const figureIssuesSource = async (): Promise<FigureIssuesSource> => {
  await migratedStore(await storage.configs.load());
  return createForgeSqlFigureIssues();
};
