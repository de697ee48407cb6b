import { Kysely } from 'kysely';
import type { AdvocateQueueSource } from '../../../ports/advocate-queue.port';
import type { TriageCount } from '../../../ports/jira-health.port';
import type { TimingSettings } from '../../../domain/metrics/complaint-timings';
import type { DigestLedger } from '../../../ports/digest-ledger.port';
import type { DashboardFiguresSource } from '../../../ports/dashboard-figures.port';
import type { FigureIssuesSource } from '../../../ports/figure-issues.port';
import type { MessageOutbox } from '../../../ports/message-outbox.port';
import type { MonthRollups } from '../../../ports/month-rollups.port';
import type { SendPacing } from '../../../ports/send-pacing.port';
import type { Store } from '../../../ports/store.port';
import { createSqlAdvocateQueue } from '../../sql/sql-advocate-queue';
import { createSqlDigestLedger } from '../../sql/sql-digest-ledger';
import { createSqlDashboardFigures } from '../../sql/dashboard/sql-dashboard-figures';
import { createSqlFigureIssues } from '../../sql/dashboard/sql-figure-issues';
import { createSqlMonthRollups } from '../../sql/dashboard/sql-month-rollups';
import { createSqlMessageOutbox } from '../../sql/sql-message-outbox';
import { createSqlSendPacing } from '../../sql/sql-send-pacing';
import { createSqlTriageModel } from '../../sql/sql-triage-model';
import type { TriageModelStore } from '../../../ports/triage-model.port';
import { createSqlStore } from '../../sql/sql-store';
import { createSqlTriageCount } from '../../sql/sql-triage-count';
import type { StoreDatabase } from '../../sql/store-schema';
import { forgeSqlDialect } from './forge-sql-dialect';

/** The complaint index in Forge SQL, the app's installation database; rows' timings under `timings`. */
export const createForgeSqlStore = (timings?: TimingSettings): Store =>
  createSqlStore(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }), 'mysql', timings);

/** The outbox in the same Forge SQL database; the store's migrations create its table. */
export const createForgeSqlOutbox = (): MessageOutbox => createSqlMessageOutbox(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));

/** The triage count over the same Forge SQL database. */
export const createForgeSqlTriageCount = (): TriageCount => createSqlTriageCount(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));
/** The dashboard's figures, by grouped SQL over the same Forge SQL database. */
export const createForgeSqlDashboardFigures = (): DashboardFiguresSource => createSqlDashboardFigures(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));

/** The complaints behind the figures that plain JQL cannot list, over the same Forge SQL database. */
export const createForgeSqlFigureIssues = (): FigureIssuesSource => createSqlFigureIssues(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));

/** The monthly rollups in the same Forge SQL database; the store's migrations create their tables. */
export const createForgeSqlMonthRollups = (): MonthRollups => createSqlMonthRollups(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));

/** The send pacing (slots and the pause after a 429) in the same Forge SQL database's `store_meta`. */
export const createForgeSqlSendPacing = (): SendPacing => createSqlSendPacing(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));

/** The triage model's counts and examples in the same Forge SQL database. */
export const createForgeSqlTriageModel = (): TriageModelStore => createSqlTriageModel(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));
/** What may await the advocate, over the same Forge SQL database. */
export const createForgeSqlAdvocateQueue = (): AdvocateQueueSource => createSqlAdvocateQueue(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));

/** Which day's advocate digests are recorded, in the same Forge SQL database's `store_meta`. */
export const createForgeSqlDigestLedger = (): DigestLedger => createSqlDigestLedger(new Kysely<StoreDatabase>({ dialect: forgeSqlDialect }));
